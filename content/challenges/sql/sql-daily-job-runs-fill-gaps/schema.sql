CREATE TABLE job_runs (
    run_id     INTEGER PRIMARY KEY,
    job_name   TEXT      NOT NULL,
    started_at TIMESTAMP NOT NULL,
    status     TEXT      NOT NULL
);
