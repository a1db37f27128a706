-- Carry the path walked so far as ',a,b,c,' and never step onto a job already on it:
-- every route is then finite, so the recursion ends even on cyclic graphs.
-- The shortest route to each job is the MIN over all cycle-free routes.
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
    WHERE instr(w.path, ',' || d.downstream_job || ',') = 0
)
SELECT failed_job, job AS affected_job, MIN(hops) AS hops
FROM walk
GROUP BY failed_job, job;
