-- Runs still in progress (NULL duration). Breaks COALESCE(duration_seconds, 0) or SUM/COUNT(*)
-- averages, which drag the average down and make more runs look slow.
INSERT INTO job_runs (run_id, job_name, started_at, status, duration_seconds) VALUES
    (1, 'load_clickstream', '2024-07-05 00:00:00', 'success', 600),
    (2, 'load_clickstream', '2024-07-06 00:00:00', 'success', 660),
    (3, 'load_clickstream', '2024-07-07 00:00:00', 'success', 640),
    (4, 'load_clickstream', '2024-07-08 00:00:00', 'running', NULL),
    (5, 'load_clickstream', '2024-07-08 00:05:00', 'running', NULL),
    (6, 'dq_checks',        '2024-07-08 01:00:00', 'running', NULL);
