CREATE TABLE api_requests (
    request_id TEXT    PRIMARY KEY,
    endpoint   TEXT    NOT NULL,
    latency_ms INTEGER NOT NULL
);
