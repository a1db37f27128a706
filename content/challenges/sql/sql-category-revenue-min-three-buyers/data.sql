INSERT INTO products (id, name, category) VALUES
    (1, 'Espresso beans 1kg', 'coffee'),
    (2, 'Filter papers',      'coffee'),
    (3, 'Green tea tin',      'tea'),
    (4, 'Oolong sampler',     'tea');

INSERT INTO orders (id, customer_id, ordered_at, status) VALUES
    (101, 1, '2024-02-01', 'delivered'),
    (102, 2, '2024-02-02', 'delivered'),
    (103, 3, '2024-02-03', 'shipped'),
    (104, 1, '2024-02-05', 'delivered'),
    (105, 4, '2024-02-06', 'delivered');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (1, 101, 1, 1, 24.00),
    (2, 101, 3, 2,  9.50),
    (3, 102, 2, 3,  4.00),
    (4, 103, 1, 2, 24.00),
    (5, 104, 3, 1,  9.50),
    (6, 105, 4, 1, 15.00);
