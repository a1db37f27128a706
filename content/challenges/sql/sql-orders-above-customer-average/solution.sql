-- Correlated subquery: the average is recomputed for the outer order's customer.
-- o2.customer_id = o.customer_id is never true for a NULL customer, so guest orders drop out.
SELECT o.id AS order_id, o.customer_id, o.order_total
FROM orders AS o
WHERE o.status <> 'cancelled'
  AND o.order_total > (
      SELECT AVG(o2.order_total)
      FROM orders AS o2
      WHERE o2.customer_id = o.customer_id
        AND o2.status <> 'cancelled'
  );
