-- date_trunc('week', ...) truncates to Monday 00:00 (ISO weeks start on Monday).
SELECT
    CAST(date_trunc('week', signup_time) AS DATE) AS week_start,
    COUNT(*) AS signups
FROM signups
GROUP BY CAST(date_trunc('week', signup_time) AS DATE)
ORDER BY week_start;
