-- First reduce to one row per (user, day), then compare each day with the user's first day.
WITH user_days AS (
    SELECT DISTINCT user_id, date(event_time) AS activity_date
    FROM events
),
with_first AS (
    SELECT
        user_id,
        activity_date,
        MIN(activity_date) OVER (PARTITION BY user_id) AS first_date
    FROM user_days
)
SELECT
    activity_date,
    SUM(CASE WHEN activity_date = first_date THEN 1 ELSE 0 END) AS new_users,
    SUM(CASE WHEN activity_date > first_date THEN 1 ELSE 0 END) AS returning_users
FROM with_first
GROUP BY activity_date
ORDER BY activity_date;
