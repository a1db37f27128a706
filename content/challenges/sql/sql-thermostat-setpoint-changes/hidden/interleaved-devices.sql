-- Two devices, inserted newest first: comparing with the previous row of another device
-- (no PARTITION BY) or in insertion order keeps and drops the wrong reports.
INSERT INTO setpoint_reports (device_id, reported_at, setpoint) VALUES
    ('kitchen', '2024-02-03 12:30:00', 22.0),
    ('lounge',  '2024-02-03 12:30:00', 22.0),
    ('kitchen', '2024-02-03 12:20:00', 22.0),
    ('lounge',  '2024-02-03 12:20:00', 21.5),
    ('kitchen', '2024-02-03 12:10:00', 21.5),
    ('lounge',  '2024-02-03 12:10:00', 21.5),
    ('kitchen', '2024-02-03 12:00:00', 21.5),
    ('lounge',  '2024-02-03 12:00:00', 22.0);
