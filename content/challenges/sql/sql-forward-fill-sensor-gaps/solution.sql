-- COUNT(temperature) ignores NULLs, so its running value only grows on readings that have a
-- value: every NULL shares a group number with the last non-NULL reading before it.
-- Each group has at most one value (its first row), so MAX and MIN over the group pick it.
-- Group 0 holds the readings before the device's first value: nothing to fill from.
WITH grouped AS (
    SELECT
        device_id,
        reading_at,
        temperature,
        COUNT(temperature) OVER (
            PARTITION BY device_id
            ORDER BY reading_at
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS value_group
    FROM readings
)
SELECT
    device_id,
    reading_at,
    temperature,
    MAX(temperature) OVER (PARTITION BY device_id, value_group) AS filled_temperature,
    CASE WHEN value_group > 0
         THEN MIN(reading_at) OVER (PARTITION BY device_id, value_group)
    END AS filled_from
FROM grouped;
