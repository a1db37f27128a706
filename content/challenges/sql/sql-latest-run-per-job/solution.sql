-- ROW_NUMBER picks exactly one row per job; run_id DESC breaks a tie on started_at.
WITH ranked AS (
    SELECT
        job_name,
        run_id,
        status,
        started_at,
        ROW_NUMBER() OVER (
            PARTITION BY job_name
            ORDER BY started_at DESC, run_id DESC
        ) AS rn
    FROM job_runs
)
SELECT job_name, run_id, status, started_at
FROM ranked
WHERE rn = 1;
