-- Half-open interval test; a NULL valid_to means "still valid". The date test is part of the
-- LEFT JOIN's ON clause so orders with no valid version survive with a NULL segment.
SELECT
    o.order_id,
    o.customer_id,
    o.order_date,
    d.segment
FROM orders AS o
LEFT JOIN dim_customer AS d
       ON d.customer_id = o.customer_id
      AND d.valid_from <= o.order_date
      AND (d.valid_to IS NULL OR o.order_date < d.valid_to);
