-- One leader and two products tied behind it; the next product has the third distinct revenue.
-- Breaks ROW_NUMBER and any "exactly two rows per category" answer, which drop one of the tied pair.
INSERT INTO products (product_id, product_name, category) VALUES
    (1, 'Espresso Machine', 'Kitchen'),
    (2, 'Burr Grinder',     'Kitchen'),
    (3, 'Milk Frother',     'Kitchen'),
    (4, 'Kettle',           'Kitchen');

INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES
    (1, 1, 1, 600.00),
    (2, 2, 1, 200.00),
    (3, 3, 4,  50.00),
    (4, 4, 2,  75.50),
    (5, 2, 1, 100.00),
    (6, 3, 2,  50.00);
