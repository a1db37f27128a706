-- One alert every 4 minutes for 24 minutes: a single burst, because no gap exceeds 300 seconds.
-- Breaks fixed windows measured from the first alert of the burst and clock-aligned 5-minute buckets.
INSERT INTO alerts (alert_id, service, message, raised_at) VALUES
    (1, 'etl', 'S3 503 Slow Down', '2024-11-06 01:58:00'),
    (2, 'etl', 'S3 503 Slow Down', '2024-11-06 02:02:00'),
    (3, 'etl', 'S3 503 Slow Down', '2024-11-06 02:06:00'),
    (4, 'etl', 'S3 503 Slow Down', '2024-11-06 02:10:00'),
    (5, 'etl', 'S3 503 Slow Down', '2024-11-06 02:14:00'),
    (6, 'etl', 'S3 503 Slow Down', '2024-11-06 02:18:00'),
    (7, 'etl', 'S3 503 Slow Down', '2024-11-06 02:22:00');
