-- LEFT JOIN each click to its eligible impressions (same user and campaign, within the 24-hour lookback,
-- not after the click), rank them newest first with impression_id as tie-break, keep rank 1.
-- A click without eligible impressions keeps one row with NULLs, which also gets rank 1.
WITH candidates AS (
    SELECT
        k.click_id,
        k.campaign_id,
        i.impression_id,
        ROW_NUMBER() OVER (
            PARTITION BY k.click_id
            ORDER BY i.shown_at DESC, i.impression_id DESC
        ) AS rn
    FROM clicks AS k
    LEFT JOIN impressions AS i
      ON i.user_id = k.user_id
     AND i.campaign_id = k.campaign_id
     AND i.shown_at <= k.clicked_at
     AND i.shown_at >= datetime(k.clicked_at, '-24 hours')
)
SELECT click_id, campaign_id, impression_id
FROM candidates
WHERE rn = 1;
