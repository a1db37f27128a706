-- Two failed jobs with overlapping impact (customer_360 is itself downstream of crm_extract), and a failed job whose
-- only downstream job is itself (a self-loop: it contributes no rows). Breaks answers that drop the
-- failed_job column from the grouping, exclude every failed job from every list, or keep the
-- self-loop's first step.
INSERT INTO job_dependencies (upstream_job, downstream_job) VALUES
    ('crm_extract',   'crm_clean'),
    ('crm_clean',     'customer_360'),
    ('web_extract',   'customer_360'),
    ('customer_360',  'crm_clean'),
    ('customer_360',  'segment_sync'),
    ('segment_sync',  'segment_sync');

INSERT INTO failed_jobs (job_name) VALUES
    ('crm_extract'),
    ('customer_360'),
    ('segment_sync');
