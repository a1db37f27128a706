-- Breaks: guessing orphans as order_id > MAX(orders.id); here the missing orders sit between existing ids,
-- and two items share the same missing order (both must be reported).
INSERT INTO orders (id, customer_id, ordered_at, status) VALUES
    (3001, 1, '2024-08-01', 'shipped'),
    (3004, 2, '2024-08-02', 'shipped'),
    (3008, 1, '2024-08-05', 'pending');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (21, 3001, 700, 1, 9.99),
    (22, 3002, 701, 1, 19.99),
    (23, 3002, 702, 2, 3.00),
    (24, 3004, 700, 1, 9.99),
    (25, 3006, 703, 1, 55.00),
    (26, 3008, 701, 3, 19.99);
