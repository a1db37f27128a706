-- Hosts probed at the same moments, rows inserted newest first. cache-a ends 'down' and cache-b
-- starts 'down': LAG/LEAD without PARTITION BY host glue the two hosts' periods together
-- or give cache-a's last period an ended_at taken from cache-b.
INSERT INTO status_checks (host, checked_at, status) VALUES
    ('cache-b', '2024-05-05 10:03:00', 'up'),
    ('cache-a', '2024-05-05 10:03:00', 'down'),
    ('cache-b', '2024-05-05 10:02:00', 'down'),
    ('cache-a', '2024-05-05 10:02:00', 'down'),
    ('cache-b', '2024-05-05 10:01:00', 'down'),
    ('cache-a', '2024-05-05 10:01:00', 'up'),
    ('cache-a', '2024-05-05 10:00:00', 'up'),
    ('cache-b', '2024-05-05 10:00:00', 'down');
