-- Heavy users fire many events a day: COUNT(*) or COUNT(user_id) counts events, not users.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 201, 'page_view',   '2024-06-10 09:00:00'),
    (2, 201, 'page_view',   '2024-06-10 09:00:30'),
    (3, 201, 'add_to_cart', '2024-06-10 09:01:00'),
    (4, 201, 'purchase',    '2024-06-10 09:05:00'),
    (5, 202, 'page_view',   '2024-06-10 13:00:00'),
    (6, 202, 'page_view',   '2024-06-11 13:00:00'),
    (7, 202, 'page_view',   '2024-06-11 13:20:00'),
    (8, 202, 'page_view',   '2024-06-11 18:45:00');
