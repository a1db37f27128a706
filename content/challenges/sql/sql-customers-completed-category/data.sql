INSERT INTO customers (id, name) VALUES
    (1, 'Amara'),
    (2, 'Bjorn'),
    (3, 'Chen');

INSERT INTO products (id, name, category, active) VALUES
    (10, 'Pour-over dripper', 'coffee-gear', 1),
    (11, 'Burr grinder',      'coffee-gear', 1),
    (12, 'Milk frother',      'coffee-gear', 1),
    (20, 'Matcha whisk',      'tea-gear',    1),
    (21, 'Cast-iron teapot',  'tea-gear',    1);

INSERT INTO orders (id, customer_id, ordered_on, status) VALUES
    (100, 1, '2024-02-01', 'delivered'),
    (101, 1, '2024-02-15', 'delivered'),
    (102, 2, '2024-02-03', 'delivered'),
    (103, 3, '2024-02-04', 'delivered');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (1, 100, 10, 1),
    (2, 100, 11, 1),
    (3, 101, 12, 1),
    (4, 101, 20, 1),
    (5, 102, 20, 1),
    (6, 102, 21, 1),
    (7, 103, 10, 2),
    (8, 103, 21, 1);
