-- Gaps of exactly 30:00 continue the session, 30:01 starts a new one: ">= 30 minutes" splits too early,
-- and comparing julianday() differences to 30/1440 can flip on floating-point rounding.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 21, 'page_view', '2024-06-03 08:00:00'),
    (2, 21, 'page_view', '2024-06-03 08:30:00'),
    (3, 21, 'page_view', '2024-06-03 09:00:00'),
    (4, 21, 'page_view', '2024-06-03 09:30:01'),
    (5, 21, 'page_view', '2024-06-03 10:00:01'),
    (6, 22, 'page_view', '2024-06-03 14:15:00'),
    (7, 22, 'page_view', '2024-06-03 14:45:00'),
    (8, 22, 'page_view', '2024-06-03 15:15:01');
