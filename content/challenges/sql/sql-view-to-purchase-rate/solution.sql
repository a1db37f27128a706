-- One row per user with 0/1 flags; a buyer counts only if the same user also viewed.
-- Aggregating without GROUP BY always returns exactly one row, even on an empty table.
WITH per_user AS (
    SELECT
        user_id,
        MAX(CASE WHEN event_type = 'view' THEN 1 ELSE 0 END)     AS viewed,
        MAX(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END) AS purchased
    FROM events
    GROUP BY user_id
)
SELECT
    COALESCE(SUM(viewed), 0)             AS viewers,
    COALESCE(SUM(viewed * purchased), 0) AS buyers,
    ROUND(100.0 * SUM(viewed * purchased) / NULLIF(SUM(viewed), 0), 2) AS conversion_pct
FROM per_user;
