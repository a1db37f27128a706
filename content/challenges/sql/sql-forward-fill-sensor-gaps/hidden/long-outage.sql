-- Four NULLs in a row: COALESCE(temperature, LAG(temperature)) fills only the first one.
-- Values also go down after the outage, so a running MAX is wrong.
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('freezer-7', '2024-04-01 06:00:00', -17.50),
    ('freezer-7', '2024-04-01 06:05:00', NULL),
    ('freezer-7', '2024-04-01 06:10:00', NULL),
    ('freezer-7', '2024-04-01 06:15:00', NULL),
    ('freezer-7', '2024-04-01 06:20:00', NULL),
    ('freezer-7', '2024-04-01 06:25:00', -19.00),
    ('freezer-7', '2024-04-01 06:30:00', NULL);
