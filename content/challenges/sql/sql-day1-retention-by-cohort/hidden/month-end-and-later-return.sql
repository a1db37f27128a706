-- Day 1 after 2024-02-29 is 2024-03-01 and after 2024-12-31 is 2025-01-01: building the next day by
-- adding 1 to the day-of-month text breaks. User 33 only returns on day 2, which is not day-1 retention.
-- 1 of 3 retained is 33.33, not 33 (integer division).
INSERT INTO signups (user_id, signup_time, platform) VALUES
    (31, '2024-02-29 17:00:00', 'ios'),
    (32, '2024-02-29 18:00:00', 'web'),
    (33, '2024-02-29 19:00:00', 'android'),
    (34, '2024-12-31 21:00:00', 'ios');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 31, 'app_open', '2024-03-01 06:00:00'),
    (2, 33, 'app_open', '2024-03-02 06:00:00'),
    (3, 34, 'app_open', '2025-01-01 00:00:00');
