-- Two checks glued with UNION ALL. The orphan check uses NOT EXISTS, which keeps NULL order_ids
-- (NOT IN would drop them); GROUP BY puts all NULL order_ids in one group.
SELECT 'orphan_payment' AS issue, p.order_id, COUNT(*) AS payment_count
FROM payments AS p
WHERE NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.id = p.order_id)
GROUP BY p.order_id

UNION ALL

-- The join keeps only orders that exist, so orphan ids paid twice are not reported here.
SELECT 'paid_twice' AS issue, o.id AS order_id, COUNT(*) AS payment_count
FROM orders AS o
JOIN payments AS p ON p.order_id = o.id
WHERE p.status = 'captured'
GROUP BY o.id
HAVING COUNT(*) >= 2;
