-- WHERE keeps paid Q1 invoices; each month column sums only its own rows, with ELSE 0 so an
-- empty month is 0 rather than NULL. Half-open date ranges avoid month-length arithmetic.
SELECT
    plan,
    ROUND(SUM(CASE WHEN invoiced_on <  '2024-02-01' THEN amount ELSE 0 END), 2) AS jan_revenue,
    ROUND(SUM(CASE WHEN invoiced_on >= '2024-02-01'
                    AND invoiced_on <  '2024-03-01' THEN amount ELSE 0 END), 2) AS feb_revenue,
    ROUND(SUM(CASE WHEN invoiced_on >= '2024-03-01' THEN amount ELSE 0 END), 2) AS mar_revenue,
    ROUND(SUM(amount), 2) AS q1_revenue
FROM invoices
WHERE status = 'paid'
  AND invoiced_on >= '2024-01-01'
  AND invoiced_on <  '2024-04-01'
GROUP BY plan
ORDER BY plan;
