-- One long job and one short job. Breaks comparing against the average of all runs instead of
-- each job's own average (every run of the long job would be "slow", none of the short one).
INSERT INTO job_runs (run_id, job_name, started_at, status, duration_seconds) VALUES
    (1, 'rebuild_warehouse', '2024-07-01 00:00:00', 'success', 7200),
    (2, 'rebuild_warehouse', '2024-07-02 00:00:00', 'success', 6900),
    (3, 'rebuild_warehouse', '2024-07-03 00:00:00', 'success', 6600),
    (4, 'ping_source',       '2024-07-01 00:10:00', 'success', 2),
    (5, 'ping_source',       '2024-07-02 00:10:00', 'failed',  31),
    (6, 'ping_source',       '2024-07-03 00:10:00', 'success', 3);
