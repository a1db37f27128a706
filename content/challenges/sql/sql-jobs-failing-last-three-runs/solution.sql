-- Step 1: number finished runs from the most recent. Step 2: a job is stuck when it has
-- three runs numbered 1..3 and all three failed. Step 3: look up its latest success.
WITH finished AS (
    SELECT
        job_name,
        started_at,
        status,
        ROW_NUMBER() OVER (
            PARTITION BY job_name
            ORDER BY started_at DESC, run_id DESC
        ) AS recency
    FROM job_runs
    WHERE status IN ('success', 'failed')
),
stuck AS (
    SELECT job_name
    FROM finished
    WHERE recency <= 3
    GROUP BY job_name
    HAVING COUNT(*) = 3
       AND SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) = 3
)
SELECT
    s.job_name,
    (SELECT MAX(f.started_at)
     FROM finished AS f
     WHERE f.job_name = s.job_name AND f.status = 'success') AS last_success_at
FROM stuck AS s;
