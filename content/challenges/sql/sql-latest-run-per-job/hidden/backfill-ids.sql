-- Backfill runs got higher run_ids for older start times. Breaks "latest = MAX(run_id)".
INSERT INTO job_runs (run_id, job_name, started_at, finished_at, status) VALUES
    (310, 'ingest_payments', '2024-08-05 04:00:00', '2024-08-05 04:06:00', 'success'),
    (311, 'ingest_payments', '2024-08-01 04:00:00', '2024-08-01 04:05:10', 'success'),
    (312, 'ingest_payments', '2024-08-02 04:00:00', '2024-08-02 04:05:55', 'failed'),
    (313, 'dq_checks',       '2024-08-05 06:00:00', '2024-08-05 06:00:40', 'failed'),
    (314, 'dq_checks',       '2024-07-30 06:00:00', '2024-07-30 06:00:38', 'success');
