-- Breaks: counting discontinued products. In 'bakeware' (2 active + 1 discontinued), customer 3 bought one
-- active and the discontinued tin: 2 distinct products, but not complete. Customer 4 bought both active ones:
-- complete, even without the discontinued tin. 'vintage' has only discontinued products and cannot be
-- completed: a double NOT EXISTS over customers x categories reports it for every customer.
INSERT INTO customers (id, name) VALUES
    (3, 'Farah'),
    (4, 'Goran'),
    (5, 'Hiro');

INSERT INTO products (id, name, category, active) VALUES
    (30, 'Loaf tin',        'bakeware', 1),
    (31, 'Cooling rack',    'bakeware', 1),
    (32, 'Fluted tart tin', 'bakeware', 0),
    (40, 'Enamel jug',      'vintage',  0),
    (41, 'Glass canister',  'vintage',  0);

INSERT INTO orders (id, customer_id, ordered_on, status) VALUES
    (300, 3, '2024-04-01', 'delivered'),
    (301, 4, '2024-04-02', 'delivered'),
    (302, 5, '2024-04-03', 'delivered');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (21, 300, 30, 1),
    (22, 300, 32, 1),
    (23, 301, 30, 1),
    (24, 301, 31, 1),
    (25, 302, 40, 1);
