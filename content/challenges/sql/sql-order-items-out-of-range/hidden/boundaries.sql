-- Breaks off-by-one rules: quantity 1, price 0 and discounts of exactly 0 and 100 are valid;
-- 100.01 and -0.01 are not.
INSERT INTO order_items (id, order_id, product_id, quantity, unit_price, discount_pct) VALUES
    (21, 320, 61, 1,  0.00,   0.00),
    (22, 320, 62, 1, 10.00, 100.00),
    (23, 321, 63, 2, 10.00, 100.01),
    (24, 321, 64, 5,  0.01,  -0.01),
    (25, 322, 65, 1, -0.01,   NULL);
