-- No outage anywhere, and a device with a single heartbeat: the answer is empty.
INSERT INTO heartbeats (device_id, seen_at) VALUES
    ('gw-1', '2024-06-01 12:00:00'),
    ('gw-1', '2024-06-01 12:05:00'),
    ('gw-1', '2024-06-01 12:10:00'),
    ('gw-2', '2024-06-01 12:03:00');
