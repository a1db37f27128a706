-- The first report is NULL: "setpoint IS DISTINCT FROM LAG(setpoint)" compares it with the
-- NULL that LAG returns for a first row and wrongly drops it.
INSERT INTO setpoint_reports (device_id, reported_at, setpoint) VALUES
    ('garage', '2024-02-02 06:00:00', NULL),
    ('garage', '2024-02-02 06:10:00', NULL),
    ('garage', '2024-02-02 06:20:00', 12.0),
    ('garage', '2024-02-02 06:30:00', 12.0),
    ('attic',  '2024-02-02 06:00:00', NULL);
