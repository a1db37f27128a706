-- Breaks: summing unit_price without the quantity. Order 31 has 4 x 2.50 = 10.00 and agrees;
-- order 32's header forgot the quantity (header 7.00 for 3 x 7.00).
INSERT INTO orders (id, customer_id, ordered_at, order_total) VALUES
    (31, 40, '2024-12-01 16:00:00', 10.00),
    (32, 41, '2024-12-01 16:05:00',  7.00);

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (31, 31, 801, 4, 2.50),
    (32, 32, 802, 3, 7.00);
