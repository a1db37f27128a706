-- Value -> NULL -> NULL -> value -> NULL. "setpoint <> prev OR prev IS NULL" drops the switch-off
-- (NULL <> 20 is not true) and keeps the second NULL (its previous is NULL).
INSERT INTO setpoint_reports (device_id, reported_at, setpoint) VALUES
    ('office', '2024-02-01 18:00:00', 20.0),
    ('office', '2024-02-01 18:10:00', 20.0),
    ('office', '2024-02-01 18:20:00', NULL),
    ('office', '2024-02-01 18:30:00', NULL),
    ('office', '2024-02-01 18:40:00', 20.0),
    ('office', '2024-02-01 18:50:00', NULL);
