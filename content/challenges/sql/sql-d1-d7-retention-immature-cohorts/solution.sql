-- Per player: 0/1 flags for activity on day 1 and day 7 (EXISTS, so repeats count once).
-- Per cohort: a CASE on the maturity test returns NULL for days that are not over yet.
WITH flagged AS (
    SELECT
        date(s.signup_time) AS cohort_date,
        CASE WHEN EXISTS (
            SELECT 1 FROM events AS e
            WHERE e.user_id = s.user_id
              AND date(e.event_time) = date(s.signup_time, '+1 day')
        ) THEN 1 ELSE 0 END AS d1,
        CASE WHEN EXISTS (
            SELECT 1 FROM events AS e
            WHERE e.user_id = s.user_id
              AND date(e.event_time) = date(s.signup_time, '+7 days')
        ) THEN 1 ELSE 0 END AS d7
    FROM signups AS s
)
SELECT
    f.cohort_date,
    COUNT(*) AS cohort_size,
    CASE WHEN date(f.cohort_date, '+1 day') <= r.as_of_date
         THEN ROUND(100.0 * SUM(f.d1) / COUNT(*), 2) END AS d1_retention_pct,
    CASE WHEN date(f.cohort_date, '+7 days') <= r.as_of_date
         THEN ROUND(100.0 * SUM(f.d7) / COUNT(*), 2) END AS d7_retention_pct
FROM flagged AS f
CROSS JOIN report_run AS r
GROUP BY f.cohort_date, r.as_of_date
ORDER BY f.cohort_date;
