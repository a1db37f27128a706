CREATE TABLE app_logs (
    log_id    INTEGER PRIMARY KEY,
    logged_at TIMESTAMP NOT NULL,
    service   TEXT      NOT NULL,
    level     TEXT      NOT NULL,
    message   TEXT      NOT NULL
);
