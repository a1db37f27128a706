-- No purchases in 2024-06: LAG over the months that have purchases compares July with May and misses
-- the 0 row; June must show 0 with -100.00, and July NULL (previous month had 0).
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 11, 'purchase',  '2024-05-03 10:00:00'),
    (2, 12, 'purchase',  '2024-05-19 10:00:00'),
    (3, 13, 'page_view', '2024-06-10 10:00:00'),
    (4, 13, 'purchase',  '2024-07-01 00:00:00'),
    (5, 14, 'purchase',  '2024-07-15 10:00:00'),
    (6, 15, 'purchase',  '2024-07-31 23:59:59'),
    (7, 11, 'purchase',  '2024-08-02 11:00:00');
