-- Four runs of 10 minutes each. Breaks RANK()/DENSE_RANK() (all four get rank 1) and a tie-break
-- on run_id DESC or on started_at DESC (wrong three runs).
INSERT INTO job_runs (run_id, job_name, started_at, finished_at) VALUES
    (14, 'export_to_s3', '2024-07-01 05:00:00', '2024-07-01 05:10:00'),
    (11, 'export_to_s3', '2024-07-04 05:00:00', '2024-07-04 05:10:00'),
    (13, 'export_to_s3', '2024-07-02 05:00:00', '2024-07-02 05:10:00'),
    (12, 'export_to_s3', '2024-07-03 05:00:00', '2024-07-03 05:10:00'),
    (15, 'export_to_s3', '2024-07-05 05:00:00', '2024-07-05 05:02:00');
