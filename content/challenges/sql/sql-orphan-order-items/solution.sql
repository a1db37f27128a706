-- Anti-join. The IS NOT NULL filter matters: a LEFT JOIN on a NULL order_id also finds no order.
SELECT i.id, i.order_id
FROM order_items AS i
WHERE i.order_id IS NOT NULL
  AND NOT EXISTS (
      SELECT 1 FROM orders AS o WHERE o.id = i.order_id
  );
