-- Breaks: LEFT JOIN orders ... WHERE o.id IS NULL without excluding NULL order_id (reports items 12 and 14).
INSERT INTO orders (id, customer_id, ordered_at, status) VALUES
    (2001, 3, '2024-07-10', 'shipped'),
    (2002, 5, '2024-07-11', 'shipped');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (11, 2001, 610, 1, 15.00),
    (12, NULL, 611, 2,  7.25),
    (13, 2003, 612, 1, 40.00),
    (14, NULL, 610, 1, 15.00),
    (15, 2002, 613, 4,  2.10);
