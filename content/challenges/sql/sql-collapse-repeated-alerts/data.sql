INSERT INTO alerts (alert_id, service, message, raised_at) VALUES
    (1,  'checkout', 'payment gateway timeout', '2024-11-05 10:00:00'),
    (2,  'checkout', 'payment gateway timeout', '2024-11-05 10:02:10'),
    (3,  'checkout', 'payment gateway timeout', '2024-11-05 10:05:30'),
    (4,  'search',   'index shard 3 unavailable', '2024-11-05 10:03:00'),
    (5,  'checkout', 'payment gateway timeout', '2024-11-05 10:20:00'),
    (6,  'search',   'index shard 3 unavailable', '2024-11-05 10:04:00'),
    (7,  'checkout', 'inventory lock conflict', '2024-11-05 10:04:30'),
    (8,  'search',   'index shard 3 unavailable', '2024-11-05 10:30:00'),
    (9,  'checkout', 'payment gateway timeout', '2024-11-05 10:21:00');
