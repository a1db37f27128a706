-- One user sees the same campaign over and over: COUNT(user_id) for reach counts impressions, not people,
-- and makes every frequency 1.
INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (1, 40, 601, '2024-04-01 09:00:00'),
    (2, 40, 601, '2024-04-01 09:10:00'),
    (3, 40, 601, '2024-04-01 09:20:00'),
    (4, 40, 601, '2024-04-01 09:30:00'),
    (5, 40, 601, '2024-04-01 09:40:00'),
    (6, 41, 602, '2024-04-01 10:00:00'),
    (7, 41, 603, '2024-04-01 10:05:00');
