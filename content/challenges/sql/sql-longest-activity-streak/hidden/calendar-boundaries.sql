-- Streaks across month and year ends: Feb 28 -> Mar 1 2023 (not a leap year) and
-- Dec 30 2023 -> Jan 2 2024 are consecutive. Day-of-month or day-of-year arithmetic splits them.
INSERT INTO user_events (user_id, event_at, event_type) VALUES
    (11, '2023-02-27 09:00:00', 'workout'),
    (11, '2023-02-28 09:00:00', 'workout'),
    (11, '2023-03-01 09:00:00', 'workout'),
    (12, '2023-12-30 18:00:00', 'workout'),
    (12, '2023-12-31 18:00:00', 'workout'),
    (12, '2024-01-01 18:00:00', 'workout'),
    (12, '2024-01-02 18:00:00', 'workout'),
    (12, '2024-01-04 18:00:00', 'workout');
