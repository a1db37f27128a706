-- Purchases in one month only: one row with growth_pct NULL.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 31, 'purchase',  '2024-09-01 00:00:00'),
    (2, 32, 'purchase',  '2024-09-30 23:59:59'),
    (3, 31, 'page_view', '2024-10-01 08:00:00');
