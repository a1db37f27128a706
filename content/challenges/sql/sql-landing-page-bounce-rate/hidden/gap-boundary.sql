-- Gaps of exactly 30:00 stay in the session, 30:01 starts a new one (which then bounces). A session
-- crossing midnight is one session. 1 bounce in 3 sessions on '/home' is 33.33.
INSERT INTO pageviews (view_id, user_id, page, viewed_at) VALUES
    (1, 31, '/home',     '2024-05-04 08:00:00'),
    (2, 31, '/pricing',  '2024-05-04 08:30:00'),
    (3, 31, '/home',     '2024-05-04 09:00:01'),
    (4, 32, '/home',     '2024-05-04 23:45:00'),
    (5, 32, '/checkout', '2024-05-05 00:15:00'),
    (6, 33, '/pricing',  '2024-05-04 18:00:00');
