-- Months run 2024-11 to 2025-02 across New Year; 3 -> 4 is 33.33 and 4 -> 1 is -75.00 (integer division
-- gives 33 and -75 or 0); page views in 2024-10 and 2025-03 must not stretch the month range.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1,  21, 'page_view', '2024-10-30 10:00:00'),
    (2,  21, 'purchase',  '2024-11-01 10:00:00'),
    (3,  22, 'purchase',  '2024-11-12 10:00:00'),
    (4,  23, 'purchase',  '2024-11-30 10:00:00'),
    (5,  21, 'purchase',  '2024-12-05 10:00:00'),
    (6,  22, 'purchase',  '2024-12-06 10:00:00'),
    (7,  23, 'purchase',  '2024-12-24 10:00:00'),
    (8,  24, 'purchase',  '2024-12-31 23:59:59'),
    (9,  25, 'purchase',  '2025-01-01 00:00:00'),
    (10, 25, 'purchase',  '2025-02-11 09:00:00'),
    (11, 26, 'purchase',  '2025-02-12 09:00:00'),
    (12, 26, 'page_view', '2025-03-01 09:00:00');
