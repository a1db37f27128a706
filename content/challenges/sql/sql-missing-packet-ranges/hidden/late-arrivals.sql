-- Packets received out of sequence order (a buffered burst after a reconnect): ordering by
-- received_at instead of seq invents gaps and misses real ones. Only 4 and 7 are missing.
INSERT INTO packets (device_id, seq, received_at) VALUES
    ('meter-88', 1, '2024-06-10 00:00:00'),
    ('meter-88', 2, '2024-06-10 00:15:00'),
    ('meter-88', 6, '2024-06-10 01:15:00'),
    ('meter-88', 3, '2024-06-10 01:15:02'),
    ('meter-88', 5, '2024-06-10 01:15:03'),
    ('meter-88', 8, '2024-06-10 01:45:00'),
    ('meter-88', 9, '2024-06-10 02:00:00'),
    ('meter-90', 1, '2024-06-10 00:05:00');
