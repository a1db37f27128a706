-- A 24-hour window from signup_time gets these users wrong: user 11 returns 26 hours later, on day 1
-- (retained); user 12 returns 23 hours later, still on the signup day (not retained); user 13 signs up
-- at 23:50 and returns 15 minutes later, on day 1 (retained).
INSERT INTO signups (user_id, signup_time, platform) VALUES
    (11, '2024-04-10 08:00:00', 'ios'),
    (12, '2024-04-11 00:30:00', 'web'),
    (13, '2024-04-10 23:50:00', 'android');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 11, 'app_open', '2024-04-11 10:00:00'),
    (2, 12, 'app_open', '2024-04-11 23:59:00'),
    (3, 13, 'app_open', '2024-04-11 00:05:00');
