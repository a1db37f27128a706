-- Two 2-day streaks and the later one is inserted first: the earliest must be reported.
INSERT INTO user_events (user_id, event_at, event_type) VALUES
    (8, '2024-05-20 10:00:00', 'workout'),
    (8, '2024-05-21 10:00:00', 'workout'),
    (8, '2024-05-01 10:00:00', 'workout'),
    (8, '2024-05-02 10:00:00', 'workout'),
    (8, '2024-05-10 10:00:00', 'app_open');
