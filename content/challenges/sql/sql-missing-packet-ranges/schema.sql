CREATE TABLE packets (
    device_id   TEXT      NOT NULL,
    seq         INTEGER   NOT NULL,
    received_at TIMESTAMP NOT NULL
);
