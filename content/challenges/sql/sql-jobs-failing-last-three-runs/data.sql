INSERT INTO job_runs (run_id, job_name, started_at, status) VALUES
    (1,  'ingest_orders',    '2024-06-01 01:00:00', 'success'),
    (2,  'ingest_orders',    '2024-06-02 01:00:00', 'failed'),
    (3,  'ingest_orders',    '2024-06-03 01:00:00', 'failed'),
    (4,  'ingest_orders',    '2024-06-04 01:00:00', 'failed'),
    (5,  'build_sales_mart', '2024-06-01 03:00:00', 'failed'),
    (6,  'build_sales_mart', '2024-06-02 03:00:00', 'failed'),
    (7,  'build_sales_mart', '2024-06-03 03:00:00', 'success'),
    (8,  'build_sales_mart', '2024-06-04 03:00:00', 'failed'),
    (9,  'export_to_s3',     '2024-06-02 05:00:00', 'failed'),
    (10, 'export_to_s3',     '2024-06-03 05:00:00', 'failed');
