-- Refunds are summed per line before joining lines, so a line with two refunds is not counted twice.
-- Ranking by the rounded net keeps ties that only differ by floating-point noise.
WITH line_net AS (
    SELECT i.product_id,
           i.quantity * i.unit_price - COALESCE(r.refunded, 0) AS net
    FROM order_items AS i
    LEFT JOIN (
        SELECT order_item_id, SUM(amount) AS refunded
        FROM refunds
        GROUP BY order_item_id
    ) AS r ON r.order_item_id = i.id
),
product_net AS (
    SELECT p.category, p.id AS product_id, ROUND(SUM(l.net), 2) AS net_revenue
    FROM line_net AS l
    JOIN products AS p ON p.id = l.product_id
    GROUP BY p.category, p.id
)
SELECT category, product_id, net_revenue
FROM product_net AS pn
WHERE net_revenue = (
    SELECT MAX(net_revenue) FROM product_net AS best WHERE best.category = pn.category
);
