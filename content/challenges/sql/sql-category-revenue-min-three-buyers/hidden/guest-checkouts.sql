-- Breaks: counting guests as buyers (COUNT(DISTINCT COALESCE(customer_id, 0)) or COUNT(DISTINCT order_id)).
-- 'books' has 2 registered buyers plus guests and is not reported; 'games' qualifies and its revenue
-- includes the guest line (an inner join to a customers list would drop it).
INSERT INTO products (id, name, category) VALUES
    (20, 'Paperback novel', 'books'),
    (21, 'Board game',      'games');

INSERT INTO orders (id, customer_id, ordered_at, status) VALUES
    (301, 31,   '2024-04-01', 'delivered'),
    (302, 32,   '2024-04-02', 'delivered'),
    (303, NULL, '2024-04-02', 'delivered'),
    (304, NULL, '2024-04-03', 'delivered'),
    (305, 33,   '2024-04-04', 'delivered');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (21, 301, 20, 1, 12.99),
    (22, 302, 20, 1, 12.99),
    (23, 303, 20, 2, 12.99),
    (24, 304, 21, 1, 35.50),
    (25, 301, 21, 1, 35.50),
    (26, 302, 21, 1, 35.50),
    (27, 305, 21, 1, 35.50);
