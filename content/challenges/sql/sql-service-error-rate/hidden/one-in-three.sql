-- Ratios that are not whole numbers (1/3, 2/7). Breaks integer division (gives 0) and unrounded output.
INSERT INTO app_logs (log_id, logged_at, service, level, message) VALUES
    (1,  '2024-03-07 12:00:00', 'notifications', 'ERROR', 'SES throttled'),
    (2,  '2024-03-07 12:00:01', 'notifications', 'INFO',  'email sent'),
    (3,  '2024-03-07 12:00:02', 'notifications', 'INFO',  'email sent'),
    (4,  '2024-03-07 12:00:03', 'recommender',   'ERROR', 'model endpoint 503'),
    (5,  '2024-03-07 12:00:04', 'recommender',   'ERROR', 'model endpoint 503'),
    (6,  '2024-03-07 12:00:05', 'recommender',   'INFO',  'served 20 items'),
    (7,  '2024-03-07 12:00:06', 'recommender',   'INFO',  'served 20 items'),
    (8,  '2024-03-07 12:00:07', 'recommender',   'DEBUG', 'feature vector built'),
    (9,  '2024-03-07 12:00:08', 'recommender',   'INFO',  'served 18 items'),
    (10, '2024-03-07 12:00:09', 'recommender',   'WARN',  'slow feature store');
