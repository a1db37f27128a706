-- The auth service has no errors at all. Breaks filtering WHERE level = 'ERROR' before grouping,
-- which drops the service instead of reporting 0.
INSERT INTO app_logs (log_id, logged_at, service, level, message) VALUES
    (1, '2024-03-05 10:00:00', 'auth',      'INFO',  'token issued'),
    (2, '2024-03-05 10:00:01', 'auth',      'WARN',  'token near expiry'),
    (3, '2024-03-05 10:00:02', 'auth',      'INFO',  'token issued'),
    (4, '2024-03-05 10:00:03', 'inventory', 'ERROR', 'stock sync failed'),
    (5, '2024-03-05 10:00:04', 'inventory', 'INFO',  'stock sync retried');
