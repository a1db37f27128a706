-- Count per (user, campaign, calendar day), then compare with the campaign's cap.
-- A NULL cap makes "impressions > daily_cap" NULL, so uncapped campaigns are filtered out.
WITH daily AS (
    SELECT
        user_id,
        campaign_id,
        date(shown_at) AS impression_date,
        COUNT(*) AS impressions
    FROM impressions
    GROUP BY user_id, campaign_id, date(shown_at)
)
SELECT
    d.user_id,
    d.campaign_id,
    d.impression_date,
    d.impressions,
    d.impressions - c.daily_cap AS excess
FROM daily AS d
JOIN campaigns AS c ON c.campaign_id = d.campaign_id
WHERE d.impressions > c.daily_cap;
