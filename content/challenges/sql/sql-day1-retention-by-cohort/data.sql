INSERT INTO signups (user_id, signup_time, platform) VALUES
    (1, '2024-03-01 09:15:00', 'ios'),
    (2, '2024-03-01 14:00:00', 'android'),
    (3, '2024-03-01 22:40:00', 'web'),
    (4, '2024-03-02 08:00:00', 'ios'),
    (5, '2024-03-02 19:30:00', 'android');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 1, 'app_open', '2024-03-01 09:20:00'),
    (2, 1, 'app_open', '2024-03-02 07:45:00'),
    (3, 2, 'app_open', '2024-03-01 15:10:00'),
    (4, 3, 'app_open', '2024-03-02 18:00:00'),
    (5, 4, 'app_open', '2024-03-03 12:00:00'),
    (6, 4, 'app_open', '2024-03-03 12:30:00'),
    (7, 5, 'app_open', '2024-03-05 10:00:00');
