INSERT INTO job_runs (run_id, job_name, started_at, finished_at, status) VALUES
    (101, 'ingest_orders',   '2024-06-01 01:00:00', '2024-06-01 01:07:12', 'success'),
    (102, 'ingest_orders',   '2024-06-02 01:00:00', '2024-06-02 01:09:40', 'failed'),
    (103, 'build_sales_mart', '2024-06-01 03:00:00', '2024-06-01 03:21:05', 'success'),
    (104, 'ingest_orders',   '2024-06-02 01:30:00', '2024-06-02 01:38:02', 'success'),
    (105, 'build_sales_mart', '2024-06-02 03:00:00', NULL,                  'running'),
    (106, 'export_to_s3',    '2024-06-01 05:00:00', '2024-06-01 05:02:44', 'success'),
    (107, 'export_to_s3',    '2024-06-02 05:00:00', '2024-06-02 05:01:58', 'failed');
