-- Per user, a 0/1 flag for each step; multiplying flags means "this step and every earlier one".
-- The three rows come from UNION ALL, so a step nobody reached still appears with 0.
WITH flags AS (
    SELECT
        user_id,
        MAX(CASE WHEN event_type = 'view' THEN 1 ELSE 0 END)        AS viewed,
        MAX(CASE WHEN event_type = 'add_to_cart' THEN 1 ELSE 0 END) AS carted,
        MAX(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END)    AS purchased
    FROM events
    GROUP BY user_id
),
steps AS (
    SELECT 1 AS step, 'view' AS step_name, COALESCE(SUM(viewed), 0) AS users FROM flags
    UNION ALL
    SELECT 2, 'add_to_cart', COALESCE(SUM(viewed * carted), 0) FROM flags
    UNION ALL
    SELECT 3, 'purchase', COALESCE(SUM(viewed * carted * purchased), 0) FROM flags
)
SELECT
    step,
    step_name,
    users,
    ROUND(100.0 * users / NULLIF(LAG(users) OVER (ORDER BY step), 0), 2) AS pct_of_previous
FROM steps
ORDER BY step;
