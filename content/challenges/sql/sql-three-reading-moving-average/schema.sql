CREATE TABLE readings (
    device_id   TEXT          NOT NULL,
    reading_at  TIMESTAMP     NOT NULL,
    temperature NUMERIC(5, 2),
    PRIMARY KEY (device_id, reading_at)
);
