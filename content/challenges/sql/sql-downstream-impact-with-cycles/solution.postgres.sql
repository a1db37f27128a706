-- Same query as the SQLite reference; PostgreSQL spells instr() as strpos().
-- (PostgreSQL 14+ could also use the CYCLE clause of WITH RECURSIVE.)
WITH RECURSIVE walk (failed_job, job, hops, path) AS (
    SELECT f.job_name, d.downstream_job, 1,
           ',' || f.job_name || ',' || d.downstream_job || ','
    FROM failed_jobs AS f
    JOIN job_dependencies AS d ON d.upstream_job = f.job_name
    WHERE d.downstream_job <> f.job_name
    UNION ALL
    SELECT w.failed_job, d.downstream_job, w.hops + 1,
           w.path || d.downstream_job || ','
    FROM walk AS w
    JOIN job_dependencies AS d ON d.upstream_job = w.job
    WHERE strpos(w.path, ',' || d.downstream_job || ',') = 0
)
SELECT failed_job, job AS affected_job, MIN(hops) AS hops
FROM walk
GROUP BY failed_job, job;
