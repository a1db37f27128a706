-- Self-join purchases of the same customer and product on two different orders.
-- o2 is the later (or same-day) order, so each pair of orders is looked at from one side only.
SELECT DISTINCT o1.customer_id, i1.product_id
FROM order_items AS i1
JOIN orders      AS o1 ON o1.id = i1.order_id
JOIN orders      AS o2 ON o2.customer_id = o1.customer_id AND o2.id <> o1.id
JOIN order_items AS i2 ON i2.order_id = o2.id AND i2.product_id = i1.product_id
WHERE julianday(o2.ordered_on) - julianday(o1.ordered_on) BETWEEN 0 AND 30;
