-- 1) generate_series lists every month between the first and last purchase;
-- 2) LEFT JOIN the monthly counts (missing months become 0);
-- 3) LAG over the complete month list compares with the true previous calendar month.
WITH bounds AS (
    SELECT
        date_trunc('month', MIN(event_time)) AS first_month,
        date_trunc('month', MAX(event_time)) AS last_month
    FROM events
    WHERE event_type = 'purchase'
),
months AS (
    SELECT generate_series(b.first_month, b.last_month, INTERVAL '1 month') AS month_start
    FROM bounds AS b
),
counts AS (
    SELECT date_trunc('month', event_time) AS month_start, COUNT(*) AS n
    FROM events
    WHERE event_type = 'purchase'
    GROUP BY date_trunc('month', event_time)
),
filled AS (
    SELECT to_char(m.month_start, 'YYYY-MM') AS month, COALESCE(c.n, 0) AS purchases
    FROM months AS m
    LEFT JOIN counts AS c ON c.month_start = m.month_start
)
SELECT
    month,
    purchases,
    ROUND(100.0 * (purchases - LAG(purchases) OVER (ORDER BY month))
          / NULLIF(LAG(purchases) OVER (ORDER BY month), 0), 2) AS growth_pct
FROM filled
ORDER BY month;
