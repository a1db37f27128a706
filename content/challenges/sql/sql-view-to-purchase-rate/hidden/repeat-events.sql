-- One user views six times and buys three times: counting events instead of distinct users gives 4/7.
-- 1 buyer out of 3 viewers is 33.33, which integer division also gets wrong.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1,  21, 'view',     '2024-08-05 09:00:00'),
    (2,  21, 'view',     '2024-08-05 09:01:00'),
    (3,  21, 'view',     '2024-08-05 09:02:00'),
    (4,  21, 'view',     '2024-08-05 09:03:00'),
    (5,  21, 'view',     '2024-08-05 09:04:00'),
    (6,  21, 'view',     '2024-08-05 09:05:00'),
    (7,  21, 'purchase', '2024-08-05 09:06:00'),
    (8,  21, 'purchase', '2024-08-06 09:06:00'),
    (9,  21, 'purchase', '2024-08-07 09:06:00'),
    (10, 22, 'view',     '2024-08-05 14:00:00'),
    (11, 23, 'view',     '2024-08-05 15:00:00');
