-- Breaks: UNION ALL of one query per rule; row 31 breaks all three rules and row 33 two of them,
-- but each must be reported once.
INSERT INTO order_items (id, order_id, product_id, quantity, unit_price, discount_pct) VALUES
    (31, 330, 71,    0, -5.00, 150.00),
    (32, 330, 72,    1,  7.00,  20.00),
    (33, 331, 73, NULL,  NULL,  NULL),
    (34, 332, 74,    2,  3.75,  -1.00);
