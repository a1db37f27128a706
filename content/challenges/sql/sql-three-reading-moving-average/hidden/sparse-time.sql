-- Readings hours apart: a time-based frame ("the last 3 minutes", RANGE on time) averages
-- only the current reading; the problem counts readings, so a ROWS frame is needed.
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('boiler-3', '2024-03-03 01:00:00', 40.0),
    ('boiler-3', '2024-03-03 04:00:00', 41.0),
    ('boiler-3', '2024-03-03 09:30:00', 45.0),
    ('boiler-3', '2024-03-04 00:00:00', 39.5),
    ('boiler-3', '2024-03-04 00:15:00', NULL);
