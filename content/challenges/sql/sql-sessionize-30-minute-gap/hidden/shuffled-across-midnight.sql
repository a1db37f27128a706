-- Inserted out of time order (event_id does not follow time) and one session crosses midnight:
-- LAG ordered by event_id, or sessions cut at the calendar day, give the wrong numbers.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 31, 'purchase',    '2024-06-09 00:10:00'),
    (2, 31, 'page_view',   '2024-06-08 23:50:00'),
    (3, 31, 'page_view',   '2024-06-08 22:00:00'),
    (4, 31, 'add_to_cart', '2024-06-09 00:05:00'),
    (5, 32, 'page_view',   '2024-06-09 07:00:00'),
    (6, 31, 'page_view',   '2024-06-09 02:00:00'),
    (7, 32, 'page_view',   '2024-06-08 23:59:00');
