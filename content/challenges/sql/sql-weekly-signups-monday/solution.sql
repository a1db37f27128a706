-- 'weekday 0' moves forward to the coming Sunday (a Sunday stays put); 6 days back is that week's Monday.
SELECT
    date(signup_time, 'weekday 0', '-6 days') AS week_start,
    COUNT(*) AS signups
FROM signups
GROUP BY date(signup_time, 'weekday 0', '-6 days')
ORDER BY week_start;
