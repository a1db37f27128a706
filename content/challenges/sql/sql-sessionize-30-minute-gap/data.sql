INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1,  7, 'page_view',   '2024-05-06 09:00:00'),
    (2,  7, 'page_view',   '2024-05-06 09:12:00'),
    (3,  8, 'page_view',   '2024-05-06 09:20:00'),
    (4,  7, 'add_to_cart', '2024-05-06 09:25:00'),
    (5,  7, 'page_view',   '2024-05-06 10:40:00'),
    (6,  8, 'page_view',   '2024-05-06 09:45:00'),
    (7,  7, 'purchase',    '2024-05-06 10:52:00'),
    (8,  8, 'page_view',   '2024-05-06 11:30:00'),
    (9,  9, 'page_view',   '2024-05-06 12:00:00');
