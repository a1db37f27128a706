-- A single event: one day with one user.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 401, 'page_view', '2024-02-29 12:00:00');
