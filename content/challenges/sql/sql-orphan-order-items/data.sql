INSERT INTO orders (id, customer_id, ordered_at, status) VALUES
    (1001, 7, '2024-06-01', 'shipped'),
    (1002, 9, '2024-06-01', 'shipped'),
    (1003, 7, '2024-06-02', 'pending'),
    (1005, 4, '2024-06-03', 'cancelled');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (1, 1001, 501, 1, 24.99),
    (2, 1001, 502, 2,  5.50),
    (3, 1002, 503, 1, 89.00),
    (4, 1004, 501, 3, 24.99),
    (5, 1003, 504, 1, 12.00),
    (6, 1009, 502, 1,  5.50),
    (7, 1005, 503, 1, 89.00);
