-- The anchor is empty when job_runs is empty (HAVING COUNT(*) > 0), so no NULL day is produced.
-- date(d, '+1 day') steps over month ends and leap days correctly.
WITH RECURSIVE days (run_date) AS (
    SELECT date(MIN(started_at))
    FROM job_runs
    HAVING COUNT(*) > 0
    UNION ALL
    SELECT date(run_date, '+1 day')
    FROM days
    WHERE run_date < (SELECT date(MAX(started_at)) FROM job_runs)
),
per_day AS (
    SELECT
        date(started_at) AS run_date,
        COUNT(*) AS run_count,
        SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed_count
    FROM job_runs
    GROUP BY date(started_at)
)
SELECT
    d.run_date,
    COALESCE(p.run_count, 0)    AS run_count,
    COALESCE(p.failed_count, 0) AS failed_count
FROM days AS d
LEFT JOIN per_day AS p ON p.run_date = d.run_date
ORDER BY d.run_date;
