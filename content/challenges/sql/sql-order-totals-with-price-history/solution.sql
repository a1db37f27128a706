-- LEAD turns the change log into half-open validity intervals [effective_from, next change);
-- the last change of a SKU stays open (valid_to NULL).
WITH price_intervals AS (
    SELECT
        sku,
        unit_price,
        effective_from AS valid_from,
        LEAD(effective_from) OVER (PARTITION BY sku ORDER BY effective_from) AS valid_to
    FROM price_changes
)
SELECT
    l.order_id,
    ROUND(SUM(l.quantity * p.unit_price), 2) AS order_total
FROM order_lines AS l
JOIN price_intervals AS p
  ON p.sku = l.sku
 AND p.valid_from <= l.order_date
 AND (p.valid_to IS NULL OR l.order_date < p.valid_to)
GROUP BY l.order_id;
