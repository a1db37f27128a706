-- CASE returns the first matching branch, so the order of the WHEN clauses is the rule order.
SELECT
    sku,
    on_hand,
    CASE
        WHEN on_hand IS NULL           THEN 'unknown'
        WHEN on_hand <= 0              THEN 'out_of_stock'
        WHEN on_hand <= reorder_point  THEN 'low'
        ELSE 'ok'
    END AS stock_status
FROM products;
