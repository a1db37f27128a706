INSERT INTO job_runs (run_id, job_name, started_at, status, duration_seconds) VALUES
    (1, 'ingest_orders',    '2024-06-01 01:00:00', 'success', 420),
    (2, 'ingest_orders',    '2024-06-02 01:00:00', 'success', 380),
    (3, 'ingest_orders',    '2024-06-03 01:00:00', 'failed',  910),
    (4, 'ingest_orders',    '2024-06-04 01:00:00', 'success', 400),
    (5, 'build_sales_mart', '2024-06-01 03:00:00', 'success', 1250),
    (6, 'build_sales_mart', '2024-06-02 03:00:00', 'success', 1320),
    (7, 'build_sales_mart', '2024-06-03 03:00:00', 'success', 1190),
    (8, 'export_to_s3',     '2024-06-01 05:00:00', 'success', 95),
    (9, 'export_to_s3',     '2024-06-02 05:00:00', 'success', 140);
