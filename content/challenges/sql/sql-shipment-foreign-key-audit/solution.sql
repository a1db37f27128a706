-- One aggregate per key: COUNT(*) without GROUP BY always yields a row, so clean keys report 0.
-- NOT EXISTS is true for a NULL reference, which is what the mandatory order_id wants; the optional
-- keys exclude NULL explicitly.
SELECT 'shipments.order_id' AS fk_name, COUNT(*) AS broken_rows
FROM shipments AS s
WHERE s.order_id IS NULL
   OR NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.id = s.order_id)
UNION ALL
SELECT 'shipments.warehouse_id', COUNT(*)
FROM shipments AS s
WHERE s.warehouse_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM warehouses AS w WHERE w.id = s.warehouse_id)
UNION ALL
SELECT 'shipments.carrier_id', COUNT(*)
FROM shipments AS s
WHERE s.carrier_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM carriers AS c WHERE c.id = s.carrier_id);
