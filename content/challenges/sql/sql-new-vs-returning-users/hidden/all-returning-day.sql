-- A day where nobody is new (and one where everyone is): both counts must show 0 where they apply,
-- not drop the row or the column.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 31, 'article_view', '2025-01-10 10:00:00'),
    (2, 32, 'article_view', '2025-01-10 11:00:00'),
    (3, 31, 'article_view', '2025-01-11 10:00:00'),
    (4, 32, 'article_view', '2025-01-11 11:00:00'),
    (5, 32, 'article_view', '2025-01-11 12:00:00');
