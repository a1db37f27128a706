CREATE TABLE status_checks (
    host       TEXT      NOT NULL,
    checked_at TIMESTAMP NOT NULL,
    status     TEXT      NOT NULL,
    PRIMARY KEY (host, checked_at)
);
