-- PostgreSQL: subtracting timestamps gives an interval; EXTRACT(EPOCH ...) turns it into seconds.
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
    ROUND(EXTRACT(EPOCH FROM next_seen_at - seen_at) / 60.0, 2) AS gap_minutes
FROM paired
WHERE EXTRACT(EPOCH FROM next_seen_at - seen_at) > 900;
