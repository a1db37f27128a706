-- LAG looks one row back inside each device's readings, sorted by time (never by insertion order).
SELECT
    device_id,
    reading_at,
    temperature,
    LAG(temperature) OVER w AS prev_temperature,
    ROUND(temperature - LAG(temperature) OVER w, 2) AS temp_change
FROM readings
WINDOW w AS (PARTITION BY device_id ORDER BY reading_at)
ORDER BY device_id, reading_at;
