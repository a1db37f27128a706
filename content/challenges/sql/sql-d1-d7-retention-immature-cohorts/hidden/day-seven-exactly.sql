-- Day 7 is one calendar day: user 21 is active on days 6 and 8 only (not retained; "any day from 1 to 7"
-- says retained, and a 144-168 hour window catches the day-6 event); user 22 returns on day 7 at 06:00,
-- only 152 hours after signing up at 22:00 (retained); user 23 returns on day 1 at 00:30, 90 minutes
-- after signing up (day-1 retained), and on day 8 (not day-7 retained). 1 of 3 is 33.33.
INSERT INTO report_run (as_of_date) VALUES ('2024-08-31');

INSERT INTO signups (user_id, signup_time, platform) VALUES
    (21, '2024-08-01 10:00:00', 'ios'),
    (22, '2024-08-01 22:00:00', 'android'),
    (23, '2024-08-01 23:00:00', 'ios');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 21, 'session_start', '2024-08-07 10:00:00'),
    (2, 21, 'session_start', '2024-08-09 10:00:00'),
    (3, 22, 'session_start', '2024-08-08 06:00:00'),
    (4, 23, 'session_start', '2024-08-09 01:00:00'),
    (5, 23, 'session_start', '2024-08-02 00:30:00');
