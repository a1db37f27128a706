-- 8.00 is not hot: ">= 8" turns this into one run of 5 instead of a run of 3 that ends
-- at the device's last reading (a run must be closed even with no reading after it).
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('van-51', '2024-05-20 06:00:00', 8.00),
    ('van-51', '2024-05-20 06:10:00', 8.00),
    ('van-51', '2024-05-20 06:20:00', 8.01),
    ('van-51', '2024-05-20 06:30:00', 12.00),
    ('van-51', '2024-05-20 06:40:00', 8.20);
