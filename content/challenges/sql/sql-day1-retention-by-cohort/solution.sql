-- One row per signup with a 0/1 day-1 flag (EXISTS, so many events count once), then aggregate by cohort.
-- date(..., '+1 day') handles month and year ends.
WITH flagged AS (
    SELECT
        date(s.signup_time) AS cohort_date,
        CASE WHEN EXISTS (
            SELECT 1
            FROM events AS e
            WHERE e.user_id = s.user_id
              AND date(e.event_time) = date(s.signup_time, '+1 day')
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
