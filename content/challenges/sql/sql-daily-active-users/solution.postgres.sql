-- Casting the timestamp to DATE drops the time of day; COUNT(DISTINCT ...) counts users, not events.
SELECT
    CAST(event_time AS DATE) AS activity_date,
    COUNT(DISTINCT user_id) AS active_users
FROM events
GROUP BY CAST(event_time AS DATE)
ORDER BY activity_date;
