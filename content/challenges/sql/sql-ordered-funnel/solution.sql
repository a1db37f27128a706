-- Greedy is optimal: the earliest view leaves the most room for a later add_to_cart, and the earliest
-- add_to_cart after that view leaves the most room for a later purchase.
WITH first_view AS (
    SELECT user_id, MIN(event_time) AS viewed_at
    FROM events
    WHERE event_type = 'view'
    GROUP BY user_id
),
first_cart AS (
    SELECT v.user_id, MIN(e.event_time) AS carted_at
    FROM first_view AS v
    JOIN events AS e
      ON e.user_id = v.user_id
     AND e.event_type = 'add_to_cart'
     AND e.event_time > v.viewed_at
    GROUP BY v.user_id
),
purchasers AS (
    SELECT DISTINCT c.user_id
    FROM first_cart AS c
    JOIN events AS e
      ON e.user_id = c.user_id
     AND e.event_type = 'purchase'
     AND e.event_time > c.carted_at
),
steps AS (
    SELECT 1 AS step, 'view' AS step_name, (SELECT COUNT(*) FROM first_view) AS users
    UNION ALL
    SELECT 2, 'add_to_cart', (SELECT COUNT(*) FROM first_cart)
    UNION ALL
    SELECT 3, 'purchase', (SELECT COUNT(*) FROM purchasers)
)
SELECT
    step,
    step_name,
    users,
    ROUND(100.0 * users / NULLIF(LAG(users) OVER (ORDER BY step), 0), 2) AS pct_of_previous
FROM steps
ORDER BY step;
