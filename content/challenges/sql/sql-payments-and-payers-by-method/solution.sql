-- COUNT(*) counts every succeeded row; COUNT(DISTINCT customer_id) skips NULLs (guests).
SELECT
    method,
    COUNT(*)                    AS successful_payments,
    COUNT(DISTINCT customer_id) AS paying_customers
FROM payments
WHERE status = 'succeeded'
GROUP BY method;
