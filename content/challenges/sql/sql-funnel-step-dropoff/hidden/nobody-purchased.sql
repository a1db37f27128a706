-- No purchase at all: GROUP BY event_type returns only two rows; step 3 must still appear with 0 users.
-- 2 of 3 viewers added to cart is 66.67 (integer division gives 66 or 0).
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 31, 'view',        '2024-11-11 09:00:00'),
    (2, 31, 'add_to_cart', '2024-11-11 09:02:00'),
    (3, 32, 'view',        '2024-11-11 09:30:00'),
    (4, 32, 'add_to_cart', '2024-11-11 09:31:00'),
    (5, 32, 'add_to_cart', '2024-11-11 09:32:00'),
    (6, 33, 'search',      '2024-11-11 10:00:00'),
    (7, 33, 'view',        '2024-11-11 10:01:00');
