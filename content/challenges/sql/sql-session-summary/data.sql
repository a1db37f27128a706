INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1,  3, 'app_open',    '2024-08-12 07:58:00'),
    (2,  3, 'screen_view', '2024-08-12 08:03:30'),
    (3,  4, 'app_open',    '2024-08-12 08:10:00'),
    (4,  3, 'screen_view', '2024-08-12 08:20:00'),
    (5,  3, 'app_open',    '2024-08-12 12:00:00'),
    (6,  4, 'screen_view', '2024-08-12 08:11:15'),
    (7,  4, 'purchase',    '2024-08-12 08:36:15'),
    (8,  5, 'app_open',    '2024-08-12 19:45:00');
