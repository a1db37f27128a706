-- The window total is computed per day without collapsing the rows.
-- 100.0 forces decimal division; NULLIF turns a zero total into NULL instead of dividing by zero.
SELECT
    day,
    endpoint,
    requests,
    ROUND(100.0 * requests / NULLIF(SUM(requests) OVER (PARTITION BY day), 0), 2) AS pct_of_day
FROM request_counts;
