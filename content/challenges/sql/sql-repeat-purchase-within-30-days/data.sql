INSERT INTO orders (id, customer_id, ordered_on) VALUES
    (1, 7, '2024-01-02'),
    (2, 7, '2024-01-20'),
    (3, 7, '2024-04-15'),
    (4, 8, '2024-01-05'),
    (5, 8, '2024-03-01'),
    (6, 9, '2024-02-10');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (1, 1, 300, 1),
    (2, 1, 301, 2),
    (3, 2, 300, 1),
    (4, 3, 301, 2),
    (5, 4, 302, 1),
    (6, 5, 302, 1),
    (7, 6, 300, 3);
