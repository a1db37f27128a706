-- Drop the glitches first so they do not take a slot in the frame; then a ROWS frame
-- (current row plus the two before it) counts readings, whatever the time between them.
WITH valid AS (
    SELECT device_id, reading_at, temperature
    FROM readings
    WHERE temperature IS NOT NULL
)
SELECT
    device_id,
    reading_at,
    temperature,
    ROUND(AVG(temperature) OVER (
        PARTITION BY device_id
        ORDER BY reading_at
        ROWS BETWEEN 2 PRECEDING AND CURRENT ROW
    ), 2) AS moving_avg
FROM valid;
