-- Aggregate the lines first, LEFT JOIN so orders without lines stay (items_total 0),
-- and compare rounded amounts: REAL sums carry noise such as 30.299999999999997.
WITH line_totals AS (
    SELECT order_id, SUM(quantity * unit_price) AS items_total
    FROM order_items
    GROUP BY order_id
)
SELECT o.id AS order_id,
       o.order_total,
       ROUND(COALESCE(l.items_total, 0), 2) AS items_total,
       ROUND(o.order_total - COALESCE(l.items_total, 0), 2) AS difference
FROM orders AS o
LEFT JOIN line_totals AS l ON l.order_id = o.id
WHERE ROUND(o.order_total, 2) <> ROUND(COALESCE(l.items_total, 0), 2);
