-- Relational division by counting: the distinct active products a customer bought in a category
-- must equal the number of active products in it. Categories with no active product have no
-- catalogue row, so nobody can complete them.
WITH catalogue AS (
    SELECT category, COUNT(*) AS active_products
    FROM products
    WHERE active = 1
    GROUP BY category
),
bought AS (
    SELECT DISTINCT o.customer_id, p.category, p.id AS product_id
    FROM orders AS o
    JOIN order_items AS i ON i.order_id = o.id
    JOIN products    AS p ON p.id = i.product_id
    WHERE o.status <> 'cancelled'
      AND o.customer_id IS NOT NULL
      AND p.active = 1
)
SELECT b.customer_id, b.category
FROM bought AS b
JOIN catalogue AS c ON c.category = b.category
GROUP BY b.customer_id, b.category, c.active_products
HAVING COUNT(*) = c.active_products;
