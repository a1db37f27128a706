INSERT INTO order_items (id, order_id, product_id, quantity, unit_price, discount_pct) VALUES
    (1, 300, 41,  2,  15.00,  NULL),
    (2, 300, 42,  0,  15.00,  NULL),
    (3, 301, 43,  1,  -4.00,  10.00),
    (4, 302, 41,  1,  15.00, 120.00),
    (5, 302, 44,  3,   8.25,   5.00),
    (6, 303, 45, -1,  22.00,  NULL),
    (7, 304, 46,  1,  99.90,  15.00);
