-- The same users see two campaigns: counting distinct users across all campaigns, or per user
-- instead of per campaign, gets reach wrong.
INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (1, 60, 801, '2024-06-01 08:00:00'),
    (2, 61, 801, '2024-06-01 08:00:00'),
    (3, 60, 802, '2024-06-01 08:30:00'),
    (4, 61, 802, '2024-06-01 08:31:00'),
    (5, 61, 801, '2024-06-01 09:00:00');
