-- Events from before the signup month (month_number -1) and from user 99, who never signed up, must
-- not produce rows.
INSERT INTO signups (user_id, signup_time) VALUES
    (31, '2024-08-05 10:00:00'),
    (32, '2024-08-20 10:00:00');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 31, 'app_open', '2024-07-30 10:00:00'),
    (2, 31, 'app_open', '2024-08-06 10:00:00'),
    (3, 32, 'app_open', '2024-10-01 10:00:00'),
    (4, 99, 'app_open', '2024-08-07 10:00:00');
