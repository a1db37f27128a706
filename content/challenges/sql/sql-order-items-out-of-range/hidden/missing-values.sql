-- Breaks: WHERE NOT (quantity >= 1 AND unit_price >= 0 AND ...) and WHERE quantity < 1 OR unit_price < 0 ...;
-- comparisons with NULL are unknown, so rows 11 and 13 are never reported. Row 14 (no discount) is valid.
INSERT INTO order_items (id, order_id, product_id, quantity, unit_price, discount_pct) VALUES
    (11, 310, 51, NULL, 12.00,  NULL),
    (12, 310, 52,    2, 30.00,  NULL),
    (13, 311, 53,    1,  NULL,  0.00),
    (14, 311, 54,    4,  2.50,  NULL),
    (15, 312, 55,    1, 18.00, 50.00);
