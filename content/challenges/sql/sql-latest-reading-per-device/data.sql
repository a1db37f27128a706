INSERT INTO readings (reading_id, device_id, reading_at, temperature, battery_pct) VALUES
    (1, 'greenhouse-a', '2024-05-01 06:00:00', 18.40, 91),
    (2, 'greenhouse-b', '2024-05-01 06:02:00', 19.10, 64),
    (3, 'greenhouse-a', '2024-05-01 06:10:00', 19.75, 91),
    (4, 'cold-room-1',  '2024-05-01 06:04:00',  2.10, 30),
    (5, 'greenhouse-b', '2024-05-01 06:12:00', 18.95, 63),
    (6, 'greenhouse-a', '2024-05-01 06:20:00', 19.30, 90),
    (7, 'cold-room-1',  '2024-05-01 06:14:00',  2.35, 29);
