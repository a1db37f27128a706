-- Number ALL readings of a device first (including normal and NULL ones), then keep the hot ones
-- and number them again: inside a run of adjacent hot readings the two numbers rise together,
-- so their difference is constant and identifies the run.
WITH numbered AS (
    SELECT
        device_id,
        reading_at,
        temperature,
        ROW_NUMBER() OVER (PARTITION BY device_id ORDER BY reading_at) AS reading_no
    FROM readings
),
hot AS (
    SELECT
        device_id,
        reading_at,
        temperature,
        reading_no - ROW_NUMBER() OVER (PARTITION BY device_id ORDER BY reading_at) AS run_id
    FROM numbered
    WHERE temperature > 8.0   -- NULL > 8.0 is not true, so NULL readings are not hot
)
SELECT
    device_id,
    MIN(reading_at)  AS excursion_start,
    MAX(reading_at)  AS excursion_end,
    COUNT(*)         AS hot_readings,
    MAX(temperature) AS peak_temperature
FROM hot
GROUP BY device_id, run_id
HAVING COUNT(*) >= 3;
