-- User 21 has three events on day 1 (counting events gives 3 retained out of 2 signups); the 2024-05-02
-- cohort has nobody back, so an inner join to the retained users drops it; user 99 never signed up.
INSERT INTO signups (user_id, signup_time, platform) VALUES
    (21, '2024-05-01 10:00:00', 'ios'),
    (22, '2024-05-01 11:00:00', 'ios'),
    (23, '2024-05-02 12:00:00', 'web'),
    (24, '2024-05-02 13:00:00', 'web'),
    (25, '2024-05-02 14:00:00', 'android');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 21, 'app_open',    '2024-05-02 08:00:00'),
    (2, 21, 'screen_view', '2024-05-02 08:01:00'),
    (3, 21, 'screen_view', '2024-05-02 21:00:00'),
    (4, 23, 'app_open',    '2024-05-02 12:05:00'),
    (5, 24, 'app_open',    '2024-05-04 09:00:00'),
    (6, 99, 'app_open',    '2024-05-03 09:00:00');
