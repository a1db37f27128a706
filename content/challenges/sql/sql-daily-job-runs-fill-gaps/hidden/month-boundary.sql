-- A gap across the end of February 2024 (a leap year, so 02-29 is a day) and runs one second either side of midnight, inserted out of order.
-- Breaks answers that list only days with runs, add days by string tricks instead of date
-- arithmetic, or bucket by anything other than the calendar day.
INSERT INTO job_runs (run_id, job_name, started_at, status) VALUES
    (1, 'export_to_s3', '2024-03-02 00:00:00', 'failed'),
    (2, 'export_to_s3', '2024-02-27 23:59:59', 'success'),
    (3, 'export_to_s3', '2024-02-28 00:00:01', 'success'),
    (4, 'export_to_s3', '2024-03-02 12:30:00', 'failed');
