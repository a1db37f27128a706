CREATE TABLE job_dependencies (
    upstream_job   TEXT NOT NULL,
    downstream_job TEXT NOT NULL,
    PRIMARY KEY (upstream_job, downstream_job)
);

CREATE TABLE failed_jobs (
    job_name TEXT PRIMARY KEY
);
