-- The first packets never arrived: LAG(seq) is NULL on the first row, so a gap check
-- against the previous packet alone never reports 1..3 (LAG with a default of 0 does).
INSERT INTO packets (device_id, seq, received_at) VALUES
    ('meter-05', 4, '2024-04-01 10:45:00'),
    ('meter-05', 5, '2024-04-01 11:00:00'),
    ('meter-05', 7, '2024-04-01 11:30:00'),
    ('meter-06', 2, '2024-04-01 10:20:00');
