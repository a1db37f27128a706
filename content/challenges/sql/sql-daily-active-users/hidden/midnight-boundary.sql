-- Events one second either side of midnight, inserted out of order: bucketing by CAST(julianday(...) AS INTEGER)
-- (Julian days start at noon) or by 24-hour windows from the first event instead of the calendar date merges days.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 301, 'page_view', '2024-12-31 23:59:59'),
    (2, 302, 'page_view', '2025-01-01 00:00:00'),
    (3, 301, 'page_view', '2025-01-01 00:00:01'),
    (4, 303, 'page_view', '2024-12-31 00:00:00'),
    (5, 302, 'page_view', '2024-12-30 23:59:59');
