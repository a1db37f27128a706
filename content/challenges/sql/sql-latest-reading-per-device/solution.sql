-- Number each device's rows newest first; reading_id breaks ties between duplicate deliveries.
WITH ranked AS (
    SELECT
        device_id,
        reading_at,
        temperature,
        battery_pct,
        ROW_NUMBER() OVER (
            PARTITION BY device_id
            ORDER BY reading_at DESC, reading_id DESC
        ) AS rn
    FROM readings
)
SELECT device_id, reading_at, temperature, battery_pct
FROM ranked
WHERE rn = 1;
