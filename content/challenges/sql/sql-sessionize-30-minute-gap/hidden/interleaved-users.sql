-- Two users browse at the same time, a few minutes apart: without PARTITION BY user_id the gaps are
-- measured between different users' events and nobody ever gets a second session.
-- User 42 also has two events at the same second.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 41, 'page_view',   '2024-07-01 10:00:00'),
    (2, 42, 'page_view',   '2024-07-01 10:20:00'),
    (3, 41, 'page_view',   '2024-07-01 10:40:00'),
    (4, 42, 'page_view',   '2024-07-01 11:00:00'),
    (5, 42, 'add_to_cart', '2024-07-01 11:00:00'),
    (6, 41, 'page_view',   '2024-07-01 11:20:00'),
    (7, 42, 'page_view',   '2024-07-01 11:45:00');
