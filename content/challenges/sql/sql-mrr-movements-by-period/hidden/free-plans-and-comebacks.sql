-- Free (mrr 0) to paid is new, not expansion; paid to free is churn, not contraction. Account
-- 90 cancels and comes back at the same price inside the month: nothing changes between the two
-- days. Breaks classifying by "has a version at start/end" instead of by MRR > 0, and counting
-- every version change during the period.
INSERT INTO subscription_versions (version_id, account_id, mrr, valid_from, valid_to) VALUES
    (21, 80,   0, '2024-01-01', '2024-07-10'),
    (22, 80, 150, '2024-07-10', NULL),
    (23, 85, 200, '2024-02-01', '2024-07-20'),
    (24, 85,   0, '2024-07-20', NULL),
    (25, 90,  60, '2024-03-01', '2024-07-05'),
    (26, 90,  60, '2024-07-12', NULL),
    (27, 95, 500, '2024-05-01', '2024-07-15'),
    (28, 95, 200, '2024-07-15', NULL);

INSERT INTO reporting_periods (period, period_start, period_end) VALUES
    ('2024-07', '2024-07-01', '2024-08-01');
