-- A retry is running on top of three failures, and a job whose failures are interleaved with
-- running rows. Breaks answers that let 'running' rows take one of the last three places.
INSERT INTO job_runs (run_id, job_name, started_at, status) VALUES
    (1, 'compact_logs', '2024-08-01 04:00:00', 'success'),
    (2, 'compact_logs', '2024-08-02 04:00:00', 'failed'),
    (3, 'compact_logs', '2024-08-03 04:00:00', 'failed'),
    (4, 'compact_logs', '2024-08-04 04:00:00', 'failed'),
    (5, 'compact_logs', '2024-08-05 04:00:00', 'running'),
    (6, 'dq_checks',    '2024-08-03 06:00:00', 'failed'),
    (7, 'dq_checks',    '2024-08-04 06:00:00', 'running'),
    (8, 'dq_checks',    '2024-08-04 06:30:00', 'failed'),
    (9, 'dq_checks',    '2024-08-05 06:00:00', 'running');
