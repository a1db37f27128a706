-- event_id does not follow time: taking the lowest event_id as the first visit makes user 21 new on
-- 2024-12-02 instead of 2024-11-28. Days are not consecutive.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 21, 'article_view', '2024-12-02 08:00:00'),
    (2, 22, 'article_view', '2024-12-02 08:30:00'),
    (3, 21, 'article_view', '2024-11-28 23:59:59'),
    (4, 22, 'article_view', '2024-12-09 00:00:00'),
    (5, 23, 'article_view', '2024-12-09 07:00:00'),
    (6, 21, 'article_view', '2024-12-09 12:00:00');
