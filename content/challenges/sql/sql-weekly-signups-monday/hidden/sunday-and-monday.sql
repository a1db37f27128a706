-- Sunday and Monday edges: 2024-10-13 is a Sunday (week of Monday 2024-10-07), 2024-10-14 a Monday.
-- Sunday-start weeks put Sunday into the next week; date(t, 'weekday 1', '-7 days') moves Mondays a week back.
INSERT INTO signups (user_id, signup_time, channel) VALUES
    (10, '2024-10-07 00:00:00', 'organic'),
    (11, '2024-10-13 23:59:59', 'referral'),
    (12, '2024-10-13 08:00:00', 'paid_social'),
    (13, '2024-10-14 00:00:00', 'organic'),
    (14, '2024-10-20 12:00:00', 'paid_search');
