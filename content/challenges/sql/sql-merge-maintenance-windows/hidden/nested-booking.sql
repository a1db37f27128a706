-- A long booking contains two short ones. Comparing each start with only the PREVIOUS
-- booking's end (LAG) splits the block at 03:00, because 03:00 is after 02:00 — the
-- running maximum of earlier ends (06:00) is what matters.
INSERT INTO maintenance_windows (window_id, host, starts_at, ends_at) VALUES
    (11, 'mysql-1', '2024-04-13 03:00:00', '2024-04-13 04:00:00'),
    (12, 'mysql-1', '2024-04-13 00:00:00', '2024-04-13 06:00:00'),
    (13, 'mysql-1', '2024-04-13 01:00:00', '2024-04-13 02:00:00'),
    (14, 'mysql-1', '2024-04-13 08:00:00', '2024-04-13 09:00:00');
