-- Two devices report at the same times and rows arrive newest first: a fill ordered by time
-- alone, or by insertion, borrows the other device's value.
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('room-b', '2024-06-01 12:15:00', NULL),
    ('room-a', '2024-06-01 12:15:00', NULL),
    ('room-b', '2024-06-01 12:10:00', 8.00),
    ('room-a', '2024-06-01 12:10:00', NULL),
    ('room-b', '2024-06-01 12:05:00', NULL),
    ('room-a', '2024-06-01 12:05:00', 2.50),
    ('room-b', '2024-06-01 12:00:00', NULL),
    ('room-a', '2024-06-01 12:00:00', 2.00);
