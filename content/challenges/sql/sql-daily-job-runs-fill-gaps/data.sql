INSERT INTO job_runs (run_id, job_name, started_at, status) VALUES
    (1, 'ingest_orders',    '2024-06-01 01:00:00', 'success'),
    (2, 'build_sales_mart', '2024-06-01 03:00:00', 'failed'),
    (3, 'ingest_orders',    '2024-06-02 01:00:00', 'success'),
    (4, 'ingest_orders',    '2024-06-05 01:00:00', 'failed'),
    (5, 'ingest_orders',    '2024-06-05 01:40:00', 'success'),
    (6, 'build_sales_mart', '2024-06-05 03:00:00', 'success');
