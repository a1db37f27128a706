-- AVG ignores NULLs, so in-progress runs stay out of the average on their own.
WITH job_avg AS (
    SELECT job_name, AVG(duration_seconds) AS avg_duration
    FROM job_runs
    GROUP BY job_name
)
SELECT
    r.job_name,
    r.run_id,
    r.duration_seconds,
    ROUND(a.avg_duration, 2) AS avg_duration_seconds
FROM job_runs AS r
JOIN job_avg AS a ON a.job_name = r.job_name
WHERE r.duration_seconds > a.avg_duration;
