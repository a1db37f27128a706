-- Traffic late one evening and early the next morning with silent hours in between: a plain GROUP BY
-- skips the empty hours, and grouping by hour of day alone (strftime('%H')) mixes the two days.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 20, 'page_view', '2024-06-30 22:10:00'),
    (2, 21, 'page_view', '2024-06-30 22:55:00'),
    (3, 20, 'page_view', '2024-06-30 23:59:59'),
    (4, 22, 'page_view', '2024-07-01 03:00:00'),
    (5, 23, 'page_view', '2024-07-01 22:20:00');
