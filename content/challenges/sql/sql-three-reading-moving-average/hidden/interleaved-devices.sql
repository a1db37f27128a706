-- Two devices reporting at the same moments, inserted newest first: the frame must stay within
-- one device (PARTITION BY) and follow time, not insertion order.
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('boiler-8', '2024-03-02 09:40:00', 48.0),
    ('boiler-7', '2024-03-02 09:40:00', 71.0),
    ('boiler-8', '2024-03-02 09:30:00', 47.5),
    ('boiler-7', '2024-03-02 09:30:00', 72.0),
    ('boiler-8', '2024-03-02 09:20:00', 49.0),
    ('boiler-7', '2024-03-02 09:20:00', 69.0),
    ('boiler-8', '2024-03-02 09:10:00', 50.5),
    ('boiler-7', '2024-03-02 09:10:00', 70.0);
