-- Count each log in its own subquery, then LEFT JOIN: joining both logs first would multiply rows.
-- 100.0 forces decimal division; NULLIF turns "no impressions" into a NULL rate instead of an error.
SELECT
    c.campaign_id,
    COALESCE(i.n, 0) AS impressions,
    COALESCE(k.n, 0) AS clicks,
    ROUND(100.0 * COALESCE(k.n, 0) / NULLIF(COALESCE(i.n, 0), 0), 2) AS ctr_pct
FROM campaigns AS c
LEFT JOIN (
    SELECT campaign_id, COUNT(*) AS n FROM impressions GROUP BY campaign_id
) AS i ON i.campaign_id = c.campaign_id
LEFT JOIN (
    SELECT campaign_id, COUNT(*) AS n FROM clicks GROUP BY campaign_id
) AS k ON k.campaign_id = c.campaign_id;
