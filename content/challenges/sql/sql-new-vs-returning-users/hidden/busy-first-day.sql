-- Users fire several events on their first day: flagging each event as "new" only if it is the very
-- first event counts them as both new and returning that day.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 11, 'article_view', '2024-11-05 09:00:00'),
    (2, 11, 'article_view', '2024-11-05 09:05:00'),
    (3, 11, 'share',        '2024-11-05 17:00:00'),
    (4, 12, 'article_view', '2024-11-05 10:00:00'),
    (5, 12, 'article_view', '2024-11-06 10:00:00'),
    (6, 12, 'article_view', '2024-11-06 10:30:00'),
    (7, 13, 'article_view', '2024-11-06 11:00:00'),
    (8, 13, 'article_view', '2024-11-06 11:01:00');
