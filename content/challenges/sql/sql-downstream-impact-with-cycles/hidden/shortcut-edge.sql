-- A long route and a direct shortcut to the same job, plus a diamond.
-- Breaks answers that report the first or longest route found, or return one row per route
-- instead of the minimum hops.
INSERT INTO job_dependencies (upstream_job, downstream_job) VALUES
    ('raw_payments',  'fx_convert'),
    ('fx_convert',    'ledger'),
    ('ledger',        'finance_mart'),
    ('raw_payments',  'finance_mart'),
    ('finance_mart',  'board_report'),
    ('ledger',        'board_report'),
    ('fx_convert',    'fraud_scores'),
    ('ledger',        'fraud_scores');

INSERT INTO failed_jobs (job_name) VALUES
    ('raw_payments');
