-- Months since signup = difference of (year * 12 + month), which counts calendar months exactly.
WITH cohorts AS (
    SELECT
        user_id,
        strftime('%Y-%m', signup_time) AS cohort_month,
        CAST(strftime('%Y', signup_time) AS INTEGER) * 12 + CAST(strftime('%m', signup_time) AS INTEGER) AS signup_idx
    FROM signups
),
sizes AS (
    SELECT cohort_month, COUNT(*) AS cohort_size
    FROM cohorts
    GROUP BY cohort_month
),
activity AS (
    SELECT
        c.cohort_month,
        CAST(strftime('%Y', e.event_time) AS INTEGER) * 12 + CAST(strftime('%m', e.event_time) AS INTEGER)
            - c.signup_idx AS month_number,
        e.user_id
    FROM events AS e
    JOIN cohorts AS c ON c.user_id = e.user_id
)
SELECT
    a.cohort_month,
    a.month_number,
    s.cohort_size,
    COUNT(DISTINCT a.user_id) AS active_users,
    ROUND(100.0 * COUNT(DISTINCT a.user_id) / s.cohort_size, 2) AS retention_pct
FROM activity AS a
JOIN sizes AS s ON s.cohort_month = a.cohort_month
WHERE a.month_number >= 0
GROUP BY a.cohort_month, a.month_number, s.cohort_size
ORDER BY a.cohort_month, a.month_number;
