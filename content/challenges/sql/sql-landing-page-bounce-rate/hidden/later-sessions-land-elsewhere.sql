-- Each user's second session starts on a different page: taking every user's first page ever as the
-- landing page, or counting one session per user, attributes the wrong pages. User 12's three visits
-- are separate bounce sessions on three pages.
INSERT INTO pageviews (view_id, user_id, page, viewed_at) VALUES
    (1, 11, '/home',           '2024-05-01 08:00:00'),
    (2, 11, '/pricing',        '2024-05-01 08:03:00'),
    (3, 11, '/blog/launch',    '2024-05-01 12:00:00'),
    (4, 12, '/home',           '2024-05-01 09:00:00'),
    (5, 12, '/pricing',        '2024-05-01 13:00:00'),
    (6, 12, '/blog/launch',    '2024-05-02 13:00:00'),
    (7, 11, '/signup',         '2024-05-01 12:10:00');
