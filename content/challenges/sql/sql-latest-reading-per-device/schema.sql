CREATE TABLE readings (
    reading_id  INTEGER PRIMARY KEY,
    device_id   TEXT          NOT NULL,
    reading_at  TIMESTAMP     NOT NULL,
    temperature NUMERIC(5, 2) NOT NULL,
    battery_pct INTEGER       NOT NULL
);
