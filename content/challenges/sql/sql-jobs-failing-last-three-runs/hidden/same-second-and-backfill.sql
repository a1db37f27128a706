-- Two runs share a started_at (the higher run_id, a success, is the more recent), and a backfill
-- run with a high run_id but an old started_at. Breaks ordering by run_id alone and ignoring the
-- run_id tie-break.
INSERT INTO job_runs (run_id, job_name, started_at, status) VALUES
    (1,  'ingest_payments', '2024-09-01 04:00:00', 'failed'),
    (2,  'ingest_payments', '2024-09-02 04:00:00', 'failed'),
    (3,  'ingest_payments', '2024-09-03 04:00:00', 'failed'),
    (4,  'ingest_payments', '2024-09-03 04:00:00', 'success'),
    (10, 'snapshot_crm',    '2024-09-01 05:00:00', 'failed'),
    (11, 'snapshot_crm',    '2024-09-02 05:00:00', 'failed'),
    (12, 'snapshot_crm',    '2024-09-03 05:00:00', 'failed'),
    (13, 'snapshot_crm',    '2024-08-20 05:00:00', 'success');
