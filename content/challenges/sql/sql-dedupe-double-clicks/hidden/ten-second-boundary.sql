-- A gap of exactly 10 seconds is a duplicate, 11 seconds is not: "< 10 seconds" keeps click 2.
-- The chain 0 s, 8 s, 16 s counts once because each click is compared with the one right before it.
INSERT INTO clicks (click_id, campaign_id, user_id, clicked_at) VALUES
    (1, 30, 601, '2024-06-01 09:00:00'),
    (2, 30, 601, '2024-06-01 09:00:10'),
    (3, 30, 601, '2024-06-01 09:00:21'),
    (4, 31, 602, '2024-06-01 10:00:00'),
    (5, 31, 602, '2024-06-01 10:00:08'),
    (6, 31, 602, '2024-06-01 10:00:16');
