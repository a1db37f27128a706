-- The latest timestamp arrives twice: RANK() or a join on MAX(reading_at) returns two rows;
-- only the row with the highest reading_id must survive. Rows are inserted newest first.
INSERT INTO readings (reading_id, device_id, reading_at, temperature, battery_pct) VALUES
    (28, 'silo-4', '2024-07-20 23:59:00',  9.90, 12),
    (27, 'silo-4', '2024-07-20 23:59:00',  9.80, 13),
    (26, 'silo-4', '2024-07-20 23:00:00',  9.50, 13),
    (25, 'silo-9', '2024-07-20 22:00:00', 11.10, 70),
    (24, 'silo-9', '2024-07-20 21:00:00', 11.40, 71);
