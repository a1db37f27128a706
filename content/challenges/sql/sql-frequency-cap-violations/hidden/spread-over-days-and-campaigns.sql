-- User 301 sees campaign 6 twice before and twice after midnight, and campaigns 6 and 7 twice each on
-- one day: counting per user and campaign without the day, or per user and day without the campaign,
-- reports violations that do not exist. Only user 302 on 2024-08-11 violates.
INSERT INTO campaigns (campaign_id, name, daily_cap) VALUES
    (6, 'pet_food', 2),
    (7, 'coffee_beans', 2);

INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (1, 6, 301, '2024-08-10 22:00:00'),
    (2, 6, 301, '2024-08-10 23:59:59'),
    (3, 6, 301, '2024-08-11 00:00:00'),
    (4, 6, 301, '2024-08-11 00:30:00'),
    (5, 7, 301, '2024-08-11 09:00:00'),
    (6, 7, 301, '2024-08-11 09:05:00'),
    (7, 7, 302, '2024-08-11 09:00:00'),
    (8, 7, 302, '2024-08-11 13:00:00'),
    (9, 7, 302, '2024-08-11 23:00:00');
