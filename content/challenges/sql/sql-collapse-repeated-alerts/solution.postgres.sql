-- Same query as the SQLite reference, with EXTRACT(EPOCH FROM interval) for the gap.
-- Gaps and islands: flag an alert that starts a burst (no previous alert, or a gap over 300 s),
-- number the bursts with a running sum of the flags, then aggregate each burst.
WITH gaps AS (
    SELECT
        alert_id,
        service,
        message,
        raised_at,
        EXTRACT(EPOCH FROM raised_at - LAG(raised_at) OVER (
            PARTITION BY service, message
            ORDER BY raised_at, alert_id
        )) AS gap_seconds
    FROM alerts
),
flagged AS (
    SELECT
        *,
        CASE WHEN gap_seconds IS NULL OR gap_seconds > 300 THEN 1 ELSE 0 END AS starts_burst
    FROM gaps
),
numbered AS (
    SELECT
        *,
        SUM(starts_burst) OVER (
            PARTITION BY service, message
            ORDER BY raised_at, alert_id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS burst_no
    FROM flagged
)
SELECT
    service,
    message,
    MIN(raised_at) AS first_raised_at,
    MAX(raised_at) AS last_raised_at,
    COUNT(*)       AS occurrences
FROM numbered
GROUP BY service, message, burst_no;
