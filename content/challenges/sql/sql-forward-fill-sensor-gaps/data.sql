INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('freezer-1', '2024-03-01 00:00:00', -18.20),
    ('freezer-1', '2024-03-01 00:05:00', NULL),
    ('freezer-1', '2024-03-01 00:10:00', -18.05),
    ('freezer-1', '2024-03-01 00:15:00', NULL),
    ('freezer-1', '2024-03-01 00:20:00', -18.40),
    ('chiller-2', '2024-03-01 00:00:00',   3.10),
    ('chiller-2', '2024-03-01 00:05:00',   3.25),
    ('chiller-2', '2024-03-01 00:10:00',   3.05);
