-- Breaks: ignoring the status (customer 6's only cooling rack was in a cancelled order) and keeping
-- guest orders (a guest bought the whole 'bakeware' set; no NULL customer may be reported).
-- Customer 7 completes it over two orders.
INSERT INTO customers (id, name) VALUES
    (6, 'Ines'),
    (7, 'Jonas');

INSERT INTO products (id, name, category, active) VALUES
    (30, 'Loaf tin',     'bakeware', 1),
    (31, 'Cooling rack', 'bakeware', 1);

INSERT INTO orders (id, customer_id, ordered_on, status) VALUES
    (400, 6,    '2024-05-01', 'delivered'),
    (401, 6,    '2024-05-02', 'cancelled'),
    (402, NULL, '2024-05-03', 'delivered'),
    (403, 7,    '2024-05-04', 'delivered'),
    (404, 7,    '2024-05-05', 'shipped');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (31, 400, 30, 1),
    (32, 401, 31, 1),
    (33, 402, 30, 1),
    (34, 402, 31, 1),
    (35, 403, 31, 1),
    (36, 404, 30, 1);
