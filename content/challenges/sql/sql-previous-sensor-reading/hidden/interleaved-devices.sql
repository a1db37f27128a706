-- Two trucks report at the same moments and rows arrive newest first:
-- LAG without PARTITION BY device_id, or ordered by insertion, mixes the trucks up.
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('truck-21', '2024-05-10 14:30:00',   2.75),
    ('truck-08', '2024-05-10 14:30:00', -20.10),
    ('truck-21', '2024-05-10 14:15:00',   3.00),
    ('truck-08', '2024-05-10 14:15:00', -19.40),
    ('truck-21', '2024-05-10 14:00:00',   3.60),
    ('truck-08', '2024-05-10 14:00:00', -19.90),
    ('truck-08', '2024-05-10 13:45:00', -21.00);
