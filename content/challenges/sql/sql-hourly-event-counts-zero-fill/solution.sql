-- Build the hour grid with a recursive CTE, then LEFT JOIN the per-hour counts onto it.
WITH RECURSIVE bounds AS (
    SELECT
        strftime('%Y-%m-%d %H:00:00', MIN(event_time)) AS first_hour,
        strftime('%Y-%m-%d %H:00:00', MAX(event_time)) AS last_hour
    FROM events
),
hours (hour_start) AS (
    SELECT first_hour FROM bounds WHERE first_hour IS NOT NULL   -- empty table: no seed row
    UNION ALL
    SELECT datetime(h.hour_start, '+1 hour')
    FROM hours AS h, bounds AS b
    WHERE h.hour_start < b.last_hour
),
counts AS (
    SELECT strftime('%Y-%m-%d %H:00:00', event_time) AS hour_start, COUNT(*) AS n
    FROM events
    GROUP BY strftime('%Y-%m-%d %H:00:00', event_time)
)
SELECT
    h.hour_start,
    COALESCE(c.n, 0) AS event_count
FROM hours AS h
LEFT JOIN counts AS c ON c.hour_start = h.hour_start
ORDER BY h.hour_start;
