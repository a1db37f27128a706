-- Versions that start or end exactly on a period boundary. A version ending on period_end is
-- churn in that period; one starting on period_end is new in that period; one starting on
-- period_start was already there. Breaks inclusive (BETWEEN) or off-by-one interval tests.
INSERT INTO subscription_versions (version_id, account_id, mrr, valid_from, valid_to) VALUES
    (11, 50, 120, '2024-05-01', '2024-06-01'),
    (12, 60, 400, '2024-04-01', '2024-05-01'),
    (13, 60, 450, '2024-05-01', '2024-06-01'),
    (14, 60, 350, '2024-06-01', NULL),
    (15, 70,  90, '2024-06-01', NULL);

INSERT INTO reporting_periods (period, period_start, period_end) VALUES
    ('2024-04', '2024-04-01', '2024-05-01'),
    ('2024-05', '2024-05-01', '2024-06-01');
