INSERT INTO campaigns (campaign_id, name) VALUES
    (1, 'spring_sale'),
    (2, 'retargeting_shoes'),
    (3, 'brand_awareness');

INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (101, 1, 11, '2024-04-01 09:00:00'),
    (102, 1, 12, '2024-04-01 09:05:00'),
    (103, 1, 13, '2024-04-01 09:12:00'),
    (104, 1, 11, '2024-04-01 10:30:00'),
    (105, 2, 12, '2024-04-01 11:00:00'),
    (106, 2, 14, '2024-04-01 11:02:00'),
    (107, 2, 15, '2024-04-01 11:40:00'),
    (108, 3, 16, '2024-04-01 12:00:00'),
    (109, 3, 17, '2024-04-01 12:01:00');

INSERT INTO clicks (click_id, campaign_id, user_id, clicked_at) VALUES
    (201, 1, 11, '2024-04-01 09:00:20'),
    (202, 2, 14, '2024-04-01 11:03:10'),
    (203, 1, 13, '2024-04-01 09:12:45');
