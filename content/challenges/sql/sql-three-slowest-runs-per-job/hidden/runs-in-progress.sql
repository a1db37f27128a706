-- A job with two finished runs and two still running. Breaks answers that rank NULL durations
-- instead of filtering them out (the running runs fill the third slot).
INSERT INTO job_runs (run_id, job_name, started_at, finished_at) VALUES
    (1, 'train_forecast', '2024-07-10 00:00:00', '2024-07-10 02:00:00'),
    (2, 'train_forecast', '2024-07-11 00:00:00', '2024-07-11 01:30:00'),
    (3, 'train_forecast', '2024-07-12 00:00:00', NULL),
    (4, 'train_forecast', '2024-07-12 00:00:05', NULL),
    (5, 'dq_checks',      '2024-07-12 06:00:00', NULL);
