INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 1, 'article_view', '2024-10-01 07:30:00'),
    (2, 2, 'article_view', '2024-10-01 12:00:00'),
    (3, 1, 'article_view', '2024-10-02 08:10:00'),
    (4, 3, 'article_view', '2024-10-02 09:45:00'),
    (5, 2, 'share',        '2024-10-03 18:00:00'),
    (6, 1, 'article_view', '2024-10-03 21:15:00'),
    (7, 4, 'article_view', '2024-10-03 22:00:00');
