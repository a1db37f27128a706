INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1,  101, 'page_view',   '2024-05-01 08:15:00'),
    (2,  102, 'page_view',   '2024-05-01 09:02:11'),
    (3,  101, 'add_to_cart', '2024-05-01 08:17:40'),
    (4,  103, 'page_view',   '2024-05-01 21:45:00'),
    (5,  102, 'page_view',   '2024-05-02 07:30:00'),
    (6,  104, 'page_view',   '2024-05-02 12:00:05'),
    (7,  101, 'page_view',   '2024-05-03 10:10:10'),
    (8,  101, 'purchase',    '2024-05-03 10:14:55');
