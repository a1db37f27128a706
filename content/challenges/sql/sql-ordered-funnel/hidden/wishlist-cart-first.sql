-- User 21's FIRST add_to_cart precedes the first view, but a later one follows it and leads to a purchase:
-- comparing MIN(view) < MIN(add_to_cart) < MIN(purchase) drops them from steps 2 and 3.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 21, 'purchase',    '2024-12-03 20:30:00'),
    (2, 21, 'add_to_cart', '2024-12-03 18:00:00'),
    (3, 21, 'view',        '2024-12-03 19:00:00'),
    (4, 21, 'add_to_cart', '2024-12-03 19:10:00'),
    (5, 22, 'view',        '2024-12-03 09:00:00'),
    (6, 22, 'add_to_cart', '2024-12-03 09:30:00'),
    (7, 23, 'view',        '2024-12-03 10:00:00');
