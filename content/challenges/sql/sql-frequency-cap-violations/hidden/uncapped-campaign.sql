-- Campaign 9 has no cap (NULL): treating NULL as 0 with COALESCE(daily_cap, 0) reports its viewers.
-- Campaign 8 has cap 1 and user 402 sees it twice.
INSERT INTO campaigns (campaign_id, name, daily_cap) VALUES
    (8, 'luxury_watch', 1),
    (9, 'brand_video', NULL);

INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (1, 9, 401, '2024-09-01 10:00:00'),
    (2, 9, 401, '2024-09-01 10:01:00'),
    (3, 9, 401, '2024-09-01 10:02:00'),
    (4, 9, 401, '2024-09-01 10:03:00'),
    (5, 8, 401, '2024-09-01 10:04:00'),
    (6, 8, 402, '2024-09-01 12:00:00'),
    (7, 8, 402, '2024-09-01 18:00:00');
