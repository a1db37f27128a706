-- generate_series builds the hour grid; LEFT JOIN the per-hour counts onto it.
-- On an empty table MIN/MAX are NULL and generate_series returns no rows.
WITH bounds AS (
    SELECT
        date_trunc('hour', MIN(event_time)) AS first_hour,
        date_trunc('hour', MAX(event_time)) AS last_hour
    FROM events
),
hours AS (
    SELECT generate_series(b.first_hour, b.last_hour, INTERVAL '1 hour') AS hour_start
    FROM bounds AS b
),
counts AS (
    SELECT date_trunc('hour', event_time) AS hour_start, COUNT(*) AS n
    FROM events
    GROUP BY date_trunc('hour', event_time)
)
SELECT
    h.hour_start,
    COALESCE(c.n, 0) AS event_count
FROM hours AS h
LEFT JOIN counts AS c ON c.hour_start = h.hour_start
ORDER BY h.hour_start;
