-- Devices whose heartbeats interleave, inserted out of order, one outage crossing midnight:
-- LAG/LEAD without PARTITION BY device_id measures gaps between different devices
-- (gw-c starts 38 minutes after gw-b's last heartbeat).
INSERT INTO heartbeats (device_id, seen_at) VALUES
    ('gw-a', '2024-05-01 00:20:00'),
    ('gw-b', '2024-04-30 23:52:00'),
    ('gw-a', '2024-04-30 23:50:00'),
    ('gw-b', '2024-05-01 00:02:00'),
    ('gw-a', '2024-04-30 23:45:00'),
    ('gw-b', '2024-05-01 00:12:00'),
    ('gw-b', '2024-05-01 00:22:00'),
    ('gw-c', '2024-05-01 01:05:00'),
    ('gw-a', '2024-05-01 00:25:00'),
    ('gw-c', '2024-05-01 01:00:00');
