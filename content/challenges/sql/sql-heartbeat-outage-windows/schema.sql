CREATE TABLE heartbeats (
    device_id TEXT      NOT NULL,
    seen_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (device_id, seen_at)
);
