CREATE TABLE api_requests (
    request_id   INTEGER PRIMARY KEY,
    requested_at TIMESTAMP NOT NULL,
    endpoint     TEXT      NOT NULL,
    status_code  INTEGER   NOT NULL,
    latency_ms   INTEGER
);
