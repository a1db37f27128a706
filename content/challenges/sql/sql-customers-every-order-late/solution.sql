-- One row per shipped order with its last parcel date, then keep customers with no on-time order.
WITH shipped_orders AS (
    SELECT o.id, o.customer_id, o.promised_date, MAX(s.shipped_on) AS last_shipped_on
    FROM orders AS o
    JOIN shipments AS s ON s.order_id = o.id
    GROUP BY o.id, o.customer_id, o.promised_date
)
SELECT customer_id, COUNT(*) AS late_orders
FROM shipped_orders
GROUP BY customer_id
HAVING SUM(CASE WHEN last_shipped_on > promised_date THEN 0 ELSE 1 END) = 0;
