INSERT INTO signups (user_id, signup_time, channel) VALUES
    (1, '2024-09-03 10:15:00', 'organic'),
    (2, '2024-09-04 18:40:00', 'paid_social'),
    (3, '2024-09-06 07:05:00', 'organic'),
    (4, '2024-09-11 22:30:00', 'referral'),
    (5, '2024-09-12 09:00:00', 'paid_search'),
    (6, '2024-09-26 13:45:00', 'organic');
