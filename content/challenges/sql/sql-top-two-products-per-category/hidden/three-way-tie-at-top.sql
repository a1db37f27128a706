-- Three products tie for the top revenue in Cameras. RANK gives 1, 1, 1 and then 4.
-- Breaks ROW_NUMBER (returns only two of the three) and DENSE_RANK (also returns the rank-4 product).
INSERT INTO products (product_id, product_name, category) VALUES
    (1, 'Mirrorless Body A', 'Cameras'),
    (2, 'Mirrorless Body B', 'Cameras'),
    (3, 'Mirrorless Body C', 'Cameras'),
    (4, 'Action Camera',     'Cameras'),
    (5, 'Tripod',            'Accessories');

INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES
    (1, 1, 1, 900.00),
    (2, 2, 2, 450.00),
    (3, 3, 1, 500.00),
    (4, 3, 1, 400.00),
    (5, 4, 3, 250.00),
    (6, 5, 1,  60.00);
