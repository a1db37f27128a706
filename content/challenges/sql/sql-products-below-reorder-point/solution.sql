-- Outer joins keep products with no stock rows. The "active" test goes inside the SUM (or into the
-- ON clause): a WHERE w.active = 1 would drop products whose only stock sits in a closed warehouse.
SELECT p.id AS product_id,
       p.name,
       COALESCE(SUM(CASE WHEN w.active = 1 THEN i.on_hand END), 0) AS total_on_hand
FROM products AS p
LEFT JOIN inventory  AS i ON i.product_id = p.id
LEFT JOIN warehouses AS w ON w.id = i.warehouse_id
GROUP BY p.id, p.name, p.reorder_point
HAVING COALESCE(SUM(CASE WHEN w.active = 1 THEN i.on_hand END), 0) < p.reorder_point;
