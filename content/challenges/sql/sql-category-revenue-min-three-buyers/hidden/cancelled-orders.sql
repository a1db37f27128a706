-- Breaks: filtering cancelled orders out of revenue only (or not at all). Customer 43's only 'garden'
-- order was cancelled, so 'garden' has 2 buyers and drops out; 'tools' keeps 3 buyers and its
-- revenue excludes the cancelled 500.00 line.
INSERT INTO products (id, name, category) VALUES
    (30, 'Seed kit',   'garden'),
    (31, 'Drill',      'tools'),
    (32, 'Screwdriver set', 'tools');

INSERT INTO orders (id, customer_id, ordered_at, status) VALUES
    (401, 41, '2024-05-01', 'delivered'),
    (402, 42, '2024-05-02', 'delivered'),
    (403, 43, '2024-05-03', 'cancelled'),
    (404, 43, '2024-05-04', 'delivered'),
    (405, 44, '2024-05-05', 'cancelled');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (31, 401, 30, 1,   6.50),
    (32, 402, 30, 2,   6.50),
    (33, 403, 30, 1,   6.50),
    (34, 401, 31, 1,  89.00),
    (35, 402, 32, 1,  24.00),
    (36, 404, 32, 1,  24.00),
    (37, 405, 31, 1, 500.00),
    (38, 403, 31, 1,  89.00);
