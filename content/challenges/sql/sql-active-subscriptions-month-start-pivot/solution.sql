-- One conditional COUNT per snapshot day; CASE without ELSE gives NULL, which COUNT skips.
SELECT
    plan,
    COUNT(CASE WHEN started_on <= '2024-01-01'
                AND (ended_on IS NULL OR ended_on > '2024-01-01') THEN 1 END) AS active_jan_1,
    COUNT(CASE WHEN started_on <= '2024-02-01'
                AND (ended_on IS NULL OR ended_on > '2024-02-01') THEN 1 END) AS active_feb_1,
    COUNT(CASE WHEN started_on <= '2024-03-01'
                AND (ended_on IS NULL OR ended_on > '2024-03-01') THEN 1 END) AS active_mar_1
FROM subscriptions
GROUP BY plan
ORDER BY plan;
