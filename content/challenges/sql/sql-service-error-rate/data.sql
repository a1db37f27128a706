INSERT INTO app_logs (log_id, logged_at, service, level, message) VALUES
    (1,  '2024-03-04 09:00:01', 'checkout', 'INFO',  'order 5512 created'),
    (2,  '2024-03-04 09:00:03', 'checkout', 'ERROR', 'payment gateway timeout'),
    (3,  '2024-03-04 09:00:04', 'checkout', 'INFO',  'order 5513 created'),
    (4,  '2024-03-04 09:00:09', 'checkout', 'WARN',  'retrying payment'),
    (5,  '2024-03-04 09:00:02', 'search',   'INFO',  'query served in 41 ms'),
    (6,  '2024-03-04 09:00:05', 'search',   'DEBUG', 'cache hit ratio 0.93'),
    (7,  '2024-03-04 09:00:06', 'search',   'ERROR', 'index shard 3 unavailable'),
    (8,  '2024-03-04 09:00:07', 'billing',  'info',  'invoice 88 issued'),
    (9,  '2024-03-04 09:00:08', 'billing',  'error', 'tax service returned 500'),
    (10, '2024-03-04 09:00:10', 'billing',  'info',  'invoice 89 issued');
