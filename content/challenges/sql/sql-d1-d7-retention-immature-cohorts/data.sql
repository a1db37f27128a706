INSERT INTO report_run (as_of_date) VALUES ('2024-06-10');

INSERT INTO signups (user_id, signup_time, platform) VALUES
    (1, '2024-06-01 10:00:00', 'ios'),
    (2, '2024-06-01 15:30:00', 'android'),
    (3, '2024-06-03 09:00:00', 'ios'),
    (4, '2024-06-03 21:00:00', 'android'),
    (5, '2024-06-09 12:00:00', 'ios');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 1, 'session_start', '2024-06-02 08:00:00'),
    (2, 1, 'session_start', '2024-06-08 19:00:00'),
    (3, 2, 'session_start', '2024-06-05 12:00:00'),
    (4, 3, 'session_start', '2024-06-04 07:30:00'),
    (5, 4, 'session_start', '2024-06-04 22:00:00'),
    (6, 4, 'session_start', '2024-06-10 09:00:00'),
    (7, 5, 'session_start', '2024-06-10 18:00:00');
