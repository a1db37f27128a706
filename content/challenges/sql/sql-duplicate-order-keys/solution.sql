-- Group on the key alone; a NULL key would otherwise form its own group.
SELECT order_id, COUNT(*) AS copies
FROM staging_orders
WHERE order_id IS NOT NULL
GROUP BY order_id
HAVING COUNT(*) > 1;
