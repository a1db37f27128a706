-- hot, hot, NULL, hot, hot: no excursion. CASE WHEN temperature <= 8 THEN 0 ELSE 1 END counts
-- the NULL as hot (NULL <= 8 is not true), and dropping NULL rows before numbering joins
-- the two halves into a run of 4.
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('van-40', '2024-04-10 14:00:00', 9.10),
    ('van-40', '2024-04-10 14:10:00', 9.40),
    ('van-40', '2024-04-10 14:20:00', NULL),
    ('van-40', '2024-04-10 14:30:00', 9.80),
    ('van-40', '2024-04-10 14:40:00', 9.60),
    ('van-40', '2024-04-10 14:50:00', 7.00);
