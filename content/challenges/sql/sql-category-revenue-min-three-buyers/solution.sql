-- COUNT(DISTINCT customer_id) counts each customer once and skips NULL (guest) ids;
-- the cancelled filter goes in WHERE so it removes the rows from both measures.
SELECT p.category,
       ROUND(SUM(i.quantity * i.unit_price), 2) AS revenue,
       COUNT(DISTINCT o.customer_id) AS buyers
FROM order_items AS i
JOIN orders   AS o ON o.id = i.order_id
JOIN products AS p ON p.id = i.product_id
WHERE o.status <> 'cancelled'
GROUP BY p.category
HAVING COUNT(DISTINCT o.customer_id) >= 3;
