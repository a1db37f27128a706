-- NOT EXISTS is NULL-safe, unlike NOT IN over a column that may hold NULL.
SELECT c.id, c.name
FROM customers AS c
WHERE NOT EXISTS (
    SELECT 1 FROM orders AS o WHERE o.customer_id = c.id
);
