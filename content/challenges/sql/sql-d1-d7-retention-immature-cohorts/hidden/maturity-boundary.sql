-- as_of_date 2024-07-08: the 2024-07-01 cohort's day 7 is exactly as_of_date (measurable, here 0.00);
-- 2024-07-02 is immature for day 7 (NULL, not 0); 2024-07-08 is immature for both. Using "<" instead of
-- "<=" against as_of_date, or reporting 0 for immature cohorts, fails.
INSERT INTO report_run (as_of_date) VALUES ('2024-07-08');

INSERT INTO signups (user_id, signup_time, platform) VALUES
    (11, '2024-07-01 08:00:00', 'ios'),
    (12, '2024-07-02 08:00:00', 'ios'),
    (13, '2024-07-02 09:00:00', 'android'),
    (14, '2024-07-08 07:00:00', 'android');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 11, 'session_start', '2024-07-02 08:00:00'),
    (2, 12, 'session_start', '2024-07-03 23:59:59'),
    (3, 14, 'session_start', '2024-07-08 07:05:00');
