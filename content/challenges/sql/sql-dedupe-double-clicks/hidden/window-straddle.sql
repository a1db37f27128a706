-- Bucketing clicks into fixed 10-second windows (e.g. GROUP BY user, campaign, epoch / 10) misses the
-- duplicate 08:00:09 -> 08:00:10: one second apart, but in different buckets. User 802's clicks are
-- 11 seconds apart and both valid. Campaign 51 has a single click and must still appear.
INSERT INTO clicks (click_id, campaign_id, user_id, clicked_at) VALUES
    (1, 50, 801, '2024-07-01 08:00:09'),
    (2, 50, 801, '2024-07-01 08:00:10'),
    (3, 50, 802, '2024-07-01 08:00:01'),
    (4, 50, 802, '2024-07-01 08:00:12'),
    (5, 51, 801, '2024-07-01 08:00:05');
