-- One row per signup with a 0/1 day-1 flag (EXISTS, so many events count once), then aggregate by cohort.
-- DATE + 1 is the next calendar day.
WITH flagged AS (
    SELECT
        CAST(s.signup_time AS DATE) AS cohort_date,
        CASE WHEN EXISTS (
            SELECT 1
            FROM events AS e
            WHERE e.user_id = s.user_id
              AND CAST(e.event_time AS DATE) = CAST(s.signup_time AS DATE) + 1
        ) THEN 1 ELSE 0 END AS retained
    FROM signups AS s
)
SELECT
    cohort_date,
    COUNT(*) AS cohort_size,
    SUM(retained) AS retained_users,
    ROUND(100.0 * SUM(retained) / COUNT(*), 2) AS retention_pct
FROM flagged
GROUP BY cohort_date
ORDER BY cohort_date;
