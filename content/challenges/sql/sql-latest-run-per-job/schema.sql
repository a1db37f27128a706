CREATE TABLE job_runs (
    run_id      INTEGER PRIMARY KEY,
    job_name    TEXT      NOT NULL,
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status      TEXT      NOT NULL
);
