-- Touching bookings merge; a one-second gap does not ("starts_at >= previous end" splits the
-- touching pair). Two bookings share a start time.
INSERT INTO maintenance_windows (window_id, host, starts_at, ends_at) VALUES
    (21, 'redis-1', '2024-05-01 10:00:00', '2024-05-01 11:00:00'),
    (22, 'redis-1', '2024-05-01 11:00:00', '2024-05-01 11:30:00'),
    (23, 'redis-1', '2024-05-01 11:30:01', '2024-05-01 12:00:00'),
    (24, 'redis-1', '2024-05-01 11:30:01', '2024-05-01 11:45:00');
