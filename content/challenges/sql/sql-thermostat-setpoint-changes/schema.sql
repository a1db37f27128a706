CREATE TABLE setpoint_reports (
    device_id   TEXT          NOT NULL,
    reported_at TIMESTAMP     NOT NULL,
    setpoint    NUMERIC(4, 1),
    PRIMARY KEY (device_id, reported_at)
);
