-- Start from products so unsold categories survive the LEFT JOIN; COALESCE turns their NULL sum into 0.
SELECT p.category,
       ROUND(COALESCE(SUM(i.quantity * i.unit_price), 0), 2) AS revenue
FROM products AS p
LEFT JOIN order_items AS i ON i.product_id = p.id
GROUP BY p.category;
