-- Users 22 and 23 never come back: cohort_size taken from the events join only counts active users.
-- User 21 has many events in one month: COUNT(*) instead of COUNT(DISTINCT user_id) inflates active_users.
-- 1 of 3 users is 33.33 (integer division gives 33 or 0).
INSERT INTO signups (user_id, signup_time) VALUES
    (21, '2024-05-02 10:00:00'),
    (22, '2024-05-10 10:00:00'),
    (23, '2024-05-30 10:00:00');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 21, 'app_open',    '2024-06-01 09:00:00'),
    (2, 21, 'screen_view', '2024-06-01 09:05:00'),
    (3, 21, 'app_open',    '2024-06-15 18:00:00'),
    (4, 21, 'app_open',    '2024-06-29 18:00:00');
