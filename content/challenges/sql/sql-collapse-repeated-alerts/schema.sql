CREATE TABLE alerts (
    alert_id  INTEGER PRIMARY KEY,
    service   TEXT      NOT NULL,
    message   TEXT      NOT NULL,
    raised_at TIMESTAMP NOT NULL
);
