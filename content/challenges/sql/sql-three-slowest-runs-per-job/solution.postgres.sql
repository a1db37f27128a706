-- EXTRACT(EPOCH FROM interval) gives the interval's length in seconds.
WITH durations AS (
    SELECT
        job_name,
        run_id,
        CAST(EXTRACT(EPOCH FROM finished_at - started_at) AS INTEGER) AS duration_seconds
    FROM job_runs
    WHERE finished_at IS NOT NULL
),
numbered AS (
    SELECT
        job_name,
        run_id,
        duration_seconds,
        ROW_NUMBER() OVER (
            PARTITION BY job_name
            ORDER BY duration_seconds DESC, run_id
        ) AS slow_rank
    FROM durations
)
SELECT job_name, run_id, duration_seconds, slow_rank
FROM numbered
WHERE slow_rank <= 3;
