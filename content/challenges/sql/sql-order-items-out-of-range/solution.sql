-- Write each rule as "what makes it fail", with the NULL case spelled out:
-- NOT (quantity >= 1 AND ...) is NULL, not true, when quantity is NULL, and the row would slip through.
SELECT id
FROM order_items
WHERE quantity IS NULL OR quantity < 1
   OR unit_price IS NULL OR unit_price < 0
   OR (discount_pct IS NOT NULL AND (discount_pct < 0 OR discount_pct > 100));
