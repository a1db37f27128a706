-- A product with many small order lines beats one with a single large line, and a product with no
-- order lines at all. Breaks ranking by a single line's amount (MAX instead of SUM) and answers
-- that rank unsold products as revenue 0.
INSERT INTO products (product_id, product_name, category) VALUES
    (1, 'USB-C Cable',     'Cables'),
    (2, 'HDMI 2.1 Cable',  'Cables'),
    (3, 'Thunderbolt 4 Cable', 'Cables'),
    (4, 'Standing Desk',   'Furniture'),
    (5, 'Monitor Arm',     'Furniture');

INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES
    (1, 1, 10, 12.50),
    (2, 1, 10, 12.50),
    (3, 1, 10, 12.50),
    (4, 2,  1, 45.00),
    (5, 3,  1, 79.00),
    (6, 4,  1, 499.00);
