-- 1) a recursive CTE lists every month between the first and last purchase;
-- 2) LEFT JOIN the monthly counts (missing months become 0);
-- 3) LAG over the complete month list compares with the true previous calendar month.
WITH RECURSIVE bounds AS (
    SELECT
        date(MIN(event_time), 'start of month') AS first_month,
        date(MAX(event_time), 'start of month') AS last_month
    FROM events
    WHERE event_type = 'purchase'
),
months (month_start) AS (
    SELECT first_month FROM bounds WHERE first_month IS NOT NULL
    UNION ALL
    SELECT date(m.month_start, '+1 month')
    FROM months AS m, bounds AS b
    WHERE m.month_start < b.last_month
),
counts AS (
    SELECT strftime('%Y-%m', event_time) AS month, COUNT(*) AS n
    FROM events
    WHERE event_type = 'purchase'
    GROUP BY strftime('%Y-%m', event_time)
),
filled AS (
    SELECT strftime('%Y-%m', m.month_start) AS month, COALESCE(c.n, 0) AS purchases
    FROM months AS m
    LEFT JOIN counts AS c ON c.month = strftime('%Y-%m', m.month_start)
)
SELECT
    month,
    purchases,
    ROUND(100.0 * (purchases - LAG(purchases) OVER (ORDER BY month))
          / NULLIF(LAG(purchases) OVER (ORDER BY month), 0), 2) AS growth_pct
FROM filled
ORDER BY month;
