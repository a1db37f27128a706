-- LEAD pairs each heartbeat with the device's next one. unixepoch() gives whole seconds,
-- so "more than 15 minutes" is an exact integer comparison: > 900 seconds.
WITH paired AS (
    SELECT
        device_id,
        seen_at,
        LEAD(seen_at) OVER (PARTITION BY device_id ORDER BY seen_at) AS next_seen_at
    FROM heartbeats
)
SELECT
    device_id,
    seen_at      AS outage_start,
    next_seen_at AS outage_end,
    ROUND((unixepoch(next_seen_at) - unixepoch(seen_at)) / 60.0, 2) AS gap_minutes
FROM paired
WHERE unixepoch(next_seen_at) - unixepoch(seen_at) > 900;
