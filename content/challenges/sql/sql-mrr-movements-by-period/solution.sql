-- For every (period, account) pair, look up the MRR valid on each boundary day with a scalar
-- subquery (0 when no version covers it). Then classify and pivot with conditional SUMs.
-- Periods are the driving table, so a period with no accounts still gets its row of zeros.
WITH accounts AS (
    SELECT DISTINCT account_id FROM subscription_versions
),
snapshots AS (
    SELECT
        p.period,
        COALESCE((SELECT v.mrr
                  FROM subscription_versions AS v
                  WHERE v.account_id = a.account_id
                    AND v.valid_from <= p.period_start
                    AND (v.valid_to IS NULL OR p.period_start < v.valid_to)), 0) AS start_mrr,
        COALESCE((SELECT v.mrr
                  FROM subscription_versions AS v
                  WHERE v.account_id = a.account_id
                    AND v.valid_from <= p.period_end
                    AND (v.valid_to IS NULL OR p.period_end < v.valid_to)), 0) AS end_mrr
    FROM reporting_periods AS p
    CROSS JOIN accounts AS a
),
movements AS (
    SELECT
        p.period,
        COALESCE(SUM(CASE WHEN s.start_mrr = 0 AND s.end_mrr > 0
                          THEN s.end_mrr END), 0) AS new_mrr,
        COALESCE(SUM(CASE WHEN s.start_mrr > 0 AND s.end_mrr > s.start_mrr
                          THEN s.end_mrr - s.start_mrr END), 0) AS expansion_mrr,
        COALESCE(SUM(CASE WHEN s.end_mrr > 0 AND s.end_mrr < s.start_mrr
                          THEN s.start_mrr - s.end_mrr END), 0) AS contraction_mrr,
        COALESCE(SUM(CASE WHEN s.start_mrr > 0 AND s.end_mrr = 0
                          THEN s.start_mrr END), 0) AS churned_mrr
    FROM reporting_periods AS p
    LEFT JOIN snapshots AS s ON s.period = p.period
    GROUP BY p.period
)
SELECT
    period,
    new_mrr,
    expansion_mrr,
    contraction_mrr,
    churned_mrr,
    new_mrr + expansion_mrr - contraction_mrr - churned_mrr AS net_new_mrr
FROM movements
ORDER BY period;
