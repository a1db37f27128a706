-- Users 22 and 23 purchase without add_to_cart (23 never views either): counting distinct users per
-- event_type independently reports 3 purchasers out of 1 cart user instead of 1.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 21, 'view',        '2024-11-10 09:00:00'),
    (2, 21, 'add_to_cart', '2024-11-10 09:05:00'),
    (3, 21, 'purchase',    '2024-11-10 09:06:00'),
    (4, 22, 'view',        '2024-11-10 10:00:00'),
    (5, 22, 'purchase',    '2024-11-10 10:01:00'),
    (6, 23, 'purchase',    '2024-11-10 11:00:00'),
    (7, 24, 'view',        '2024-11-10 12:00:00');
