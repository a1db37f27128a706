-- 1/3 and 2/7 are not whole percentages: integer division (100 * clicks / impressions) gives 33 and 28.
INSERT INTO campaigns (campaign_id, name) VALUES
    (4, 'flash_sale'),
    (5, 'loyalty_reminder');

INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (701, 4, 41, '2024-08-10 10:00:00'),
    (702, 4, 42, '2024-08-10 10:01:00'),
    (703, 4, 43, '2024-08-10 10:02:00'),
    (704, 5, 44, '2024-08-10 11:00:00'),
    (705, 5, 45, '2024-08-10 11:01:00'),
    (706, 5, 46, '2024-08-10 11:02:00'),
    (707, 5, 47, '2024-08-10 11:03:00'),
    (708, 5, 48, '2024-08-10 11:04:00'),
    (709, 5, 49, '2024-08-10 11:05:00'),
    (710, 5, 50, '2024-08-10 11:06:00');

INSERT INTO clicks (click_id, campaign_id, user_id, clicked_at) VALUES
    (801, 4, 42, '2024-08-10 10:01:30'),
    (802, 5, 44, '2024-08-10 11:00:20'),
    (803, 5, 49, '2024-08-10 11:05:40');
