-- Monday 2024-12-30 to Sunday 2025-01-05 is one week: grouping by year plus week number (strftime('%Y-%W'),
-- extract(year) with extract(week)) splits it in two.
INSERT INTO signups (user_id, signup_time, channel) VALUES
    (20, '2025-01-03 16:20:00', 'organic'),
    (21, '2024-12-30 09:00:00', 'paid_social'),
    (22, '2024-12-31 23:30:00', 'organic'),
    (23, '2025-01-01 00:10:00', 'referral'),
    (24, '2025-01-05 21:00:00', 'organic'),
    (25, '2024-12-27 11:00:00', 'paid_search');
