-- Two runs share the latest started_at. Breaks "join back on MAX(started_at)" (two rows for the job)
-- and SQLite's bare-column MAX(started_at) trick (keeps the lower run_id).
INSERT INTO job_runs (run_id, job_name, started_at, finished_at, status) VALUES
    (201, 'load_clickstream', '2024-07-10 00:00:00', '2024-07-10 00:12:00', 'success'),
    (202, 'load_clickstream', '2024-07-11 00:00:00', '2024-07-11 00:00:03', 'failed'),
    (203, 'load_clickstream', '2024-07-11 00:00:00', '2024-07-11 00:13:30', 'success'),
    (204, 'compact_logs',     '2024-07-11 02:00:00', '2024-07-11 02:04:00', 'success'),
    (205, 'compact_logs',     '2024-07-11 02:00:00', NULL,                  'running');
