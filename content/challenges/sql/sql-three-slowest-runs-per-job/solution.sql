-- unixepoch() turns each timestamp into seconds, so the difference works across days.
WITH durations AS (
    SELECT
        job_name,
        run_id,
        unixepoch(finished_at) - unixepoch(started_at) AS duration_seconds
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
