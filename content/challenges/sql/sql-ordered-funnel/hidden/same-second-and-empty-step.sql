-- Nobody completes step 3 (step 3 must appear with 0); user 41 adds to cart in the same second as the
-- view, which is not "after" it (">=" counts it); user 42 views twice and adds to cart once.
-- 1 of 3 viewers reaching step 2 is 33.33.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 41, 'view',        '2024-12-07 14:00:00'),
    (2, 41, 'add_to_cart', '2024-12-07 14:00:00'),
    (3, 42, 'view',        '2024-12-07 15:00:00'),
    (4, 42, 'view',        '2024-12-07 15:05:00'),
    (5, 42, 'add_to_cart', '2024-12-07 15:06:00'),
    (6, 42, 'purchase',    '2024-12-07 15:06:00'),
    (7, 43, 'view',        '2024-12-07 16:00:00');
