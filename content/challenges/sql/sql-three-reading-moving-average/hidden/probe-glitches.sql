-- NULL readings must be dropped before the window is built. Filtering them only in the
-- outer query leaves them inside the 3-row frames (AVG skips the NULL but the frame is one reading short).
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('boiler-4', '2024-03-01 08:00:00', 60.0),
    ('boiler-4', '2024-03-01 08:01:00', NULL),
    ('boiler-4', '2024-03-01 08:02:00', 66.0),
    ('boiler-4', '2024-03-01 08:03:00', 69.0),
    ('boiler-4', '2024-03-01 08:04:00', NULL),
    ('boiler-4', '2024-03-01 08:05:00', 75.0),
    ('boiler-4', '2024-03-01 08:06:00', 70.0);
