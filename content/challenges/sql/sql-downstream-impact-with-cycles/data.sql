INSERT INTO job_dependencies (upstream_job, downstream_job) VALUES
    ('ingest_orders',    'clean_orders'),
    ('clean_orders',     'build_sales_mart'),
    ('ingest_customers', 'build_sales_mart'),
    ('build_sales_mart', 'export_to_s3'),
    ('build_sales_mart', 'refresh_dashboard'),
    ('export_to_s3',     'notify_partners'),
    ('refresh_dashboard', 'build_sales_mart');

INSERT INTO failed_jobs (job_name) VALUES
    ('clean_orders');
