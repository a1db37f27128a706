-- COUNT(DISTINCT user_id) is reach; multiplying by 1.0 avoids integer division.
SELECT
    campaign_id,
    COUNT(*) AS impressions,
    COUNT(DISTINCT user_id) AS reach,
    ROUND(1.0 * COUNT(*) / COUNT(DISTINCT user_id), 2) AS avg_frequency
FROM impressions
GROUP BY campaign_id;
