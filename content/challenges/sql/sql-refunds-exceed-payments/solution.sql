-- Aggregate payments and refunds separately before joining. Joining both raw tables to orders
-- would pair every payment with every refund and multiply both sums.
WITH paid AS (
    SELECT order_id, SUM(amount) AS paid
    FROM payments
    WHERE status = 'captured'
    GROUP BY order_id
),
refunded AS (
    SELECT order_id, SUM(amount) AS refunded
    FROM refunds
    GROUP BY order_id
)
SELECT o.id AS order_id,
       ROUND(COALESCE(p.paid, 0), 2)     AS paid,
       ROUND(COALESCE(r.refunded, 0), 2) AS refunded
FROM orders AS o
LEFT JOIN paid     AS p ON p.order_id = o.id
LEFT JOIN refunded AS r ON r.order_id = o.id
WHERE ROUND(COALESCE(r.refunded, 0), 2) > ROUND(COALESCE(p.paid, 0), 2);
