-- The device's first readings are NULL: nothing to carry forward yet, so both filled columns
-- stay NULL (a group-start trick must not report the first reading's time as filled_from).
-- A device that never reported a value stays NULL throughout.
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('chiller-3', '2024-05-01 08:00:00', NULL),
    ('chiller-3', '2024-05-01 08:05:00', NULL),
    ('chiller-3', '2024-05-01 08:10:00', 4.40),
    ('chiller-3', '2024-05-01 08:15:00', NULL),
    ('chiller-4', '2024-05-01 08:00:00', NULL),
    ('chiller-4', '2024-05-01 08:05:00', NULL);
