-- Walk down from each finished product, multiplying quantities along the route.
-- CAST(... AS NUMERIC) gives the anchor the same type as the recursive term (PostgreSQL insists).
WITH RECURSIVE explode (product_id, part_id, qty) AS (
    SELECT b.parent_part_id, b.child_part_id, CAST(b.quantity AS NUMERIC)
    FROM bom AS b
    WHERE NOT EXISTS (SELECT 1 FROM bom AS up WHERE up.child_part_id = b.parent_part_id)
    UNION ALL
    SELECT e.product_id, b.child_part_id, e.qty * b.quantity
    FROM explode AS e
    JOIN bom AS b ON b.parent_part_id = e.part_id
)
SELECT
    p.part_name           AS product_name,
    c.part_name           AS component_name,
    ROUND(SUM(e.qty), 2)  AS total_quantity
FROM explode AS e
JOIN parts AS p ON p.part_id = e.product_id
JOIN parts AS c ON c.part_id = e.part_id
-- Keep raw components only: parts that are never a parent.
WHERE NOT EXISTS (SELECT 1 FROM bom AS down WHERE down.parent_part_id = e.part_id)
GROUP BY p.part_name, c.part_name;
