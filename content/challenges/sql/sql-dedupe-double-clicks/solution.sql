-- LAG per (user, campaign) in time order gives the immediately preceding click; duplicates are those
-- at most 10 seconds after it. Comparing text timestamps with datetime(..., '+10 seconds') is exact.
WITH ordered AS (
    SELECT
        campaign_id,
        clicked_at,
        LAG(clicked_at) OVER (
            PARTITION BY user_id, campaign_id
            ORDER BY clicked_at, click_id
        ) AS prev_clicked_at
    FROM clicks
)
SELECT
    campaign_id,
    COUNT(*) AS raw_clicks,
    SUM(CASE
            WHEN prev_clicked_at IS NOT NULL
             AND clicked_at <= datetime(prev_clicked_at, '+10 seconds') THEN 0
            ELSE 1
        END) AS valid_clicks
FROM ordered
GROUP BY campaign_id;
