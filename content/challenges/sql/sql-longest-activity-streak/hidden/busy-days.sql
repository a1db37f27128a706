-- Several events per day: numbering raw events instead of distinct days breaks the
-- "day minus row number" trick and the day count. Longest streak: Apr 10-12, 3 days.
INSERT INTO user_events (user_id, event_at, event_type) VALUES
    (7, '2024-04-10 08:00:00', 'app_open'),
    (7, '2024-04-10 08:01:00', 'workout'),
    (7, '2024-04-10 20:30:00', 'app_open'),
    (7, '2024-04-11 00:00:01', 'app_open'),
    (7, '2024-04-11 23:59:59', 'workout'),
    (7, '2024-04-12 07:00:00', 'workout'),
    (7, '2024-04-14 07:00:00', 'workout'),
    (7, '2024-04-14 07:30:00', 'app_open'),
    (7, '2024-04-15 07:00:00', 'workout');
