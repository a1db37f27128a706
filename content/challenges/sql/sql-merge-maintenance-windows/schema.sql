CREATE TABLE maintenance_windows (
    window_id INTEGER   PRIMARY KEY,
    host      TEXT      NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    ends_at   TIMESTAMP NOT NULL
);
