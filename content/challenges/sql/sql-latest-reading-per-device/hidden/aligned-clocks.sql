-- All devices report on the same schedule. Filtering with
-- reading_at IN (SELECT MAX(reading_at) ... GROUP BY device_id) keeps older rows of a device
-- whose earlier timestamp equals another device's latest one. The latest reading is also
-- not the hottest nor the fullest battery, so MAX() on every column fails too.
INSERT INTO readings (reading_id, device_id, reading_at, temperature, battery_pct) VALUES
    (10, 'dock-1', '2024-06-03 12:00:00', 24.00, 80),
    (11, 'dock-2', '2024-06-03 12:00:00', 21.50, 55),
    (12, 'dock-1', '2024-06-03 12:15:00', 25.25, 79),
    (13, 'dock-2', '2024-06-03 12:15:00', 21.00, 54),
    (14, 'dock-2', '2024-06-03 12:30:00', 20.75, 54),
    (15, 'dock-3', '2024-06-03 12:15:00', 12.00, 99);
