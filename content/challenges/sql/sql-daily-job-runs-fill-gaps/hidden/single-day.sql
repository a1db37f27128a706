-- All runs on one day. The series is a single day; an off-by-one in the stop condition adds one.
INSERT INTO job_runs (run_id, job_name, started_at, status) VALUES
    (1, 'dq_checks', '2024-09-10 06:00:00', 'success'),
    (2, 'dq_checks', '2024-09-10 07:00:00', 'success'),
    (3, 'dq_checks', '2024-09-10 08:00:00', 'success');
