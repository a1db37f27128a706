-- Readings 2, 25 and 90 minutes apart, two vans interleaved, rows inserted newest first.
-- Adjacency is by position in each device's readings, not by a fixed 10-minute cadence;
-- van-61 has two separate excursions.
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('van-62', '2024-06-01 13:00:00', 11.00),
    ('van-61', '2024-06-01 13:00:00', 9.00),
    ('van-61', '2024-06-01 12:58:00', 9.50),
    ('van-61', '2024-06-01 11:28:00', 10.00),
    ('van-62', '2024-06-01 11:00:00', 8.50),
    ('van-61', '2024-06-01 11:03:00', 3.00),
    ('van-61', '2024-06-01 11:01:00', 8.30),
    ('van-61', '2024-06-01 10:59:00', 8.60),
    ('van-61', '2024-06-01 10:34:00', 8.90),
    ('van-62', '2024-06-01 10:00:00', 6.00);
