-- date() drops the time of day; COUNT(DISTINCT ...) counts users, not events.
SELECT
    date(event_time) AS activity_date,
    COUNT(DISTINCT user_id) AS active_users
FROM events
GROUP BY date(event_time)
ORDER BY activity_date;
