-- Users 12 and 13 purchase without viewing: dividing all purchasers by all viewers counts them (3/2 = 150%).
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 11, 'view',     '2024-08-01 10:00:00'),
    (2, 11, 'purchase', '2024-08-01 10:04:00'),
    (3, 12, 'purchase', '2024-08-01 11:00:00'),
    (4, 13, 'purchase', '2024-08-01 12:00:00'),
    (5, 14, 'view',     '2024-08-01 13:00:00');
