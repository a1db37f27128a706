-- User 21 has two page views in the same second: view_id breaks the tie, so the landing page is
-- '/products/zebra-mug' (view 3), not the alphabetically smaller '/about' that MIN(page) picks.
-- User 22 reloads '/home': two page views of one page are not a bounce (COUNT(DISTINCT page) = 1 says it is).
INSERT INTO pageviews (view_id, user_id, page, viewed_at) VALUES
    (4, 21, '/about',              '2024-05-03 10:00:00'),
    (3, 21, '/products/zebra-mug', '2024-05-03 10:00:00'),
    (5, 21, '/cart',               '2024-05-03 10:04:00'),
    (6, 22, '/home',               '2024-05-03 11:00:00'),
    (7, 22, '/home',               '2024-05-03 11:00:40'),
    (8, 23, '/about',              '2024-05-03 12:00:00');
