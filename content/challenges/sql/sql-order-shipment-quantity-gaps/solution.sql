-- Aggregate each side to one row per (order, product) BEFORE joining: joining lines to parcels
-- directly multiplies quantities. The UNION of keys plays the part of a FULL OUTER JOIN, so
-- pairs that exist on only one side are kept.
WITH ordered AS (
    SELECT order_id, product_id, SUM(quantity) AS qty
    FROM order_items
    GROUP BY order_id, product_id
),
shipped AS (
    SELECT s.order_id, si.product_id, SUM(si.quantity) AS qty
    FROM shipments AS s
    JOIN shipment_items AS si ON si.shipment_id = s.id
    GROUP BY s.order_id, si.product_id
),
pairs AS (
    SELECT order_id, product_id FROM ordered
    UNION
    SELECT order_id, product_id FROM shipped
)
SELECT k.order_id,
       k.product_id,
       COALESCE(o.qty, 0) AS ordered_qty,
       COALESCE(s.qty, 0) AS shipped_qty,
       CASE WHEN COALESCE(s.qty, 0) < COALESCE(o.qty, 0) THEN 'short' ELSE 'over' END AS status
FROM pairs AS k
LEFT JOIN ordered AS o ON o.order_id = k.order_id AND o.product_id = k.product_id
LEFT JOIN shipped AS s ON s.order_id = k.order_id AND s.product_id = k.product_id
WHERE COALESCE(o.qty, 0) <> COALESCE(s.qty, 0);
