-- Every run of a job takes exactly the average, and a job with a single run. Breaks >= instead of >.
INSERT INTO job_runs (run_id, job_name, started_at, status, duration_seconds) VALUES
    (1, 'snapshot_dynamodb', '2024-08-01 02:00:00', 'success', 300),
    (2, 'snapshot_dynamodb', '2024-08-02 02:00:00', 'success', 300),
    (3, 'snapshot_dynamodb', '2024-08-03 02:00:00', 'success', 300),
    (4, 'vacuum_redshift',   '2024-08-01 04:00:00', 'success', 1800),
    (5, 'compact_logs',      '2024-08-01 06:00:00', 'success', 100),
    (6, 'compact_logs',      '2024-08-02 06:00:00', 'success', 200),
    (7, 'compact_logs',      '2024-08-03 06:00:00', 'success', 150);
