-- Every session has one event: durations are 0, not NULL, and each user has three separate sessions.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 71, 'app_open', '2024-10-05 09:00:00'),
    (2, 71, 'app_open', '2024-10-05 12:00:00'),
    (3, 71, 'app_open', '2024-10-06 09:00:00'),
    (4, 72, 'app_open', '2024-10-05 09:00:00');
