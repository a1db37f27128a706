-- The latest run of each job is still running (finished_at NULL). Breaks answers that rank by
-- finished_at or filter out unfinished runs. One job has a single run.
INSERT INTO job_runs (run_id, job_name, started_at, finished_at, status) VALUES
    (401, 'refresh_inventory', '2024-09-01 10:00:00', '2024-09-01 10:15:00', 'success'),
    (402, 'refresh_inventory', '2024-09-01 11:00:00', NULL,                  'running'),
    (403, 'train_forecast',    '2024-09-01 12:00:00', NULL,                  'running');
