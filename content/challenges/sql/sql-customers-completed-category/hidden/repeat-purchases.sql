-- Breaks: COUNT(product_id) instead of COUNT(DISTINCT product_id). Customer 2 bought the grinder twice
-- and the dripper once (3 lines, as many as the category has products) but never the frother, so
-- 'coffee-gear' is not complete for them. Customer 1 did complete it.
INSERT INTO customers (id, name) VALUES
    (1, 'Dalia'),
    (2, 'Emeka');

INSERT INTO products (id, name, category, active) VALUES
    (10, 'Pour-over dripper', 'coffee-gear', 1),
    (11, 'Burr grinder',      'coffee-gear', 1),
    (12, 'Milk frother',      'coffee-gear', 1);

INSERT INTO orders (id, customer_id, ordered_on, status) VALUES
    (200, 2, '2024-03-01', 'delivered'),
    (201, 2, '2024-03-09', 'delivered'),
    (202, 1, '2024-03-10', 'delivered');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (11, 200, 11, 1),
    (12, 201, 11, 1),
    (13, 201, 10, 1),
    (15, 202, 10, 1),
    (16, 202, 11, 1),
    (17, 202, 12, 1);
