-- User 31 starts many sessions on day 1 and day 7: counting events instead of players gives more than
-- 100%; user 32 never returns. The cohort crosses a month end (2024-09-28 + 7 = 2024-10-05).
INSERT INTO report_run (as_of_date) VALUES ('2024-10-20');

INSERT INTO signups (user_id, signup_time, platform) VALUES
    (31, '2024-09-28 12:00:00', 'ios'),
    (32, '2024-09-28 13:00:00', 'android');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 31, 'session_start', '2024-09-29 08:00:00'),
    (2, 31, 'session_start', '2024-09-29 09:00:00'),
    (3, 31, 'session_start', '2024-09-29 20:00:00'),
    (4, 31, 'session_start', '2024-10-05 08:00:00'),
    (5, 31, 'session_start', '2024-10-05 08:30:00');
