-- A booking starts a new block when it starts after every earlier booking of the host has ended:
-- compare with the running MAX of earlier ends (a frame that stops at 1 PRECEDING), not just
-- the previous booking's end, or a nested booking splits the block. A running SUM of the
-- "new block" flags then numbers the blocks. Timestamps in one fixed format compare correctly.
WITH prior AS (
    SELECT
        window_id,
        host,
        starts_at,
        ends_at,
        MAX(ends_at) OVER (
            PARTITION BY host
            ORDER BY starts_at, window_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
        ) AS latest_earlier_end
    FROM maintenance_windows
),
numbered AS (
    SELECT
        host,
        starts_at,
        ends_at,
        SUM(CASE WHEN latest_earlier_end IS NULL OR starts_at > latest_earlier_end
                 THEN 1 ELSE 0 END) OVER (
            PARTITION BY host
            ORDER BY starts_at, window_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS block_no
    FROM prior
)
SELECT
    host,
    MIN(starts_at) AS block_start,
    MAX(ends_at)   AS block_end,
    COUNT(*)       AS bookings
FROM numbered
GROUP BY host, block_no;
