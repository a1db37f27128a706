-- A user active every 10 minutes for 2 hours has ONE 7200-second session: splitting at fixed 30-minute
-- windows from the session's first event, or at clock half-hours, cuts it into pieces.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1,  50, 'app_open',    '2024-09-01 20:00:00'),
    (2,  50, 'screen_view', '2024-09-01 20:10:00'),
    (3,  50, 'screen_view', '2024-09-01 20:20:00'),
    (4,  50, 'screen_view', '2024-09-01 20:30:00'),
    (5,  50, 'screen_view', '2024-09-01 20:40:00'),
    (6,  50, 'screen_view', '2024-09-01 20:50:00'),
    (7,  50, 'screen_view', '2024-09-01 21:00:00'),
    (8,  50, 'screen_view', '2024-09-01 21:10:00'),
    (9,  50, 'screen_view', '2024-09-01 21:20:00'),
    (10, 50, 'screen_view', '2024-09-01 21:30:00'),
    (11, 50, 'screen_view', '2024-09-01 21:40:00'),
    (12, 50, 'screen_view', '2024-09-01 21:50:00'),
    (13, 50, 'purchase',    '2024-09-01 22:00:00');
