-- A cycle leads back to the failed job, and a self-loop. Breaks walks without cycle protection
-- (they never end) and answers that forget to drop the failed job from its own list.
INSERT INTO job_dependencies (upstream_job, downstream_job) VALUES
    ('load_events',  'sessionize'),
    ('sessionize',   'daily_rollup'),
    ('daily_rollup', 'load_events'),
    ('daily_rollup', 'daily_rollup'),
    ('daily_rollup', 'churn_model');

INSERT INTO failed_jobs (job_name) VALUES
    ('load_events');
