-- Readings 5, 47 and 130 minutes apart: a self-join on "reading_at minus one hour" finds no previous reading.
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('truck-03', '2024-04-02 06:00:00', 3.80),
    ('truck-03', '2024-04-02 06:05:00', 3.95),
    ('truck-03', '2024-04-02 06:52:00', 5.10),
    ('truck-03', '2024-04-02 09:02:00', 4.40),
    ('truck-03', '2024-04-02 10:02:00', 4.35);
