-- Same plan as the SQLite reference; in PostgreSQL a date plus an integer is the next date.
WITH RECURSIVE days (run_date) AS (
    SELECT CAST(MIN(started_at) AS DATE)
    FROM job_runs
    HAVING COUNT(*) > 0
    UNION ALL
    SELECT run_date + 1
    FROM days
    WHERE run_date < (SELECT CAST(MAX(started_at) AS DATE) FROM job_runs)
),
per_day AS (
    SELECT
        CAST(started_at AS DATE) AS run_date,
        COUNT(*) AS run_count,
        SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed_count
    FROM job_runs
    GROUP BY CAST(started_at AS DATE)
)
SELECT
    d.run_date,
    COALESCE(p.run_count, 0)    AS run_count,
    COALESCE(p.failed_count, 0) AS failed_count
FROM days AS d
LEFT JOIN per_day AS p ON p.run_date = d.run_date
ORDER BY d.run_date;
