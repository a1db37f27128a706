-- Breaks: starting from order_items with a LEFT JOIN to products; the gift-wrap and shipping
-- lines (product_id NULL) would form an extra NULL category.
INSERT INTO products (id, name, category) VALUES
    (20, 'Board game',   'games'),
    (21, 'Jigsaw puzzle', 'games'),
    (22, 'Sketchbook',   'stationery');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (31, 960, 20,   1, 34.99),
    (32, 960, NULL, 1,  3.50),
    (33, 961, 21,   2, 17.25),
    (34, 961, NULL, 1,  4.99),
    (35, 962, 22,   3,  6.40),
    (36, 962, NULL, 1,  3.50);
