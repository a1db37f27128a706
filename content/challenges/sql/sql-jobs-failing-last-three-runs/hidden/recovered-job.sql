-- Many failures in the past but the latest run succeeded, and a job failing since its first run.
-- Breaks "at least three failed runs in total" and checks last_success_at is NULL when the job
-- never succeeded.
INSERT INTO job_runs (run_id, job_name, started_at, status) VALUES
    (1, 'load_clickstream', '2024-07-01 00:00:00', 'failed'),
    (2, 'load_clickstream', '2024-07-02 00:00:00', 'failed'),
    (3, 'load_clickstream', '2024-07-03 00:00:00', 'failed'),
    (4, 'load_clickstream', '2024-07-04 00:00:00', 'failed'),
    (5, 'load_clickstream', '2024-07-05 00:00:00', 'success'),
    (6, 'train_forecast',   '2024-07-03 02:00:00', 'failed'),
    (7, 'train_forecast',   '2024-07-04 02:00:00', 'failed'),
    (8, 'train_forecast',   '2024-07-05 02:00:00', 'failed'),
    (9, 'train_forecast',   '2024-07-06 02:00:00', 'failed');
