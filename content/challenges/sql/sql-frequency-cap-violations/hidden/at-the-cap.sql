-- Exactly daily_cap impressions is allowed, one more is a violation: HAVING COUNT(*) >= daily_cap
-- reports user 201 too.
INSERT INTO campaigns (campaign_id, name, daily_cap) VALUES
    (5, 'streaming_trial', 3);

INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (1, 5, 201, '2024-08-01 08:00:00'),
    (2, 5, 201, '2024-08-01 09:00:00'),
    (3, 5, 201, '2024-08-01 10:00:00'),
    (4, 5, 202, '2024-08-01 08:00:00'),
    (5, 5, 202, '2024-08-01 08:01:00'),
    (6, 5, 202, '2024-08-01 08:02:00'),
    (7, 5, 202, '2024-08-01 08:03:00');
