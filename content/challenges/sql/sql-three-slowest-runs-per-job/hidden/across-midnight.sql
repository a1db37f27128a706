-- Runs that cross midnight and one that lasts more than a day. Breaks durations computed from the
-- time of day only (time(finished_at) - time(started_at)) or from minutes/hours fields.
INSERT INTO job_runs (run_id, job_name, started_at, finished_at) VALUES
    (1, 'rebuild_warehouse', '2024-08-01 23:50:00', '2024-08-02 00:20:00'),
    (2, 'rebuild_warehouse', '2024-08-02 22:00:00', '2024-08-02 22:45:00'),
    (3, 'rebuild_warehouse', '2024-08-03 10:00:00', '2024-08-04 10:05:00'),
    (4, 'rebuild_warehouse', '2024-08-05 10:00:00', '2024-08-05 10:25:00');
