INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 10, 'page_view',   '2024-06-17 08:05:12'),
    (2, 11, 'page_view',   '2024-06-17 08:47:00'),
    (3, 10, 'add_to_cart', '2024-06-17 08:59:59'),
    (4, 12, 'page_view',   '2024-06-17 09:00:00'),
    (5, 13, 'page_view',   '2024-06-17 11:30:00'),
    (6, 11, 'purchase',    '2024-06-17 11:31:40'),
    (7, 14, 'page_view',   '2024-06-17 12:15:00');
