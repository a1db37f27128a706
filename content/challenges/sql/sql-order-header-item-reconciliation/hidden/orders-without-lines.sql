-- Breaks: INNER JOIN to the lines. Order 12 lost its lines and must be reported with items_total 0;
-- order 13 is an empty zero-value order and agrees; order 14 is an ordinary mismatch (18.00 vs 16.00).
INSERT INTO orders (id, customer_id, ordered_at, order_total) VALUES
    (11, 20, '2024-10-01 09:00:00', 45.00),
    (12, 21, '2024-10-01 09:30:00', 25.00),
    (13, 22, '2024-10-01 10:00:00',  0.00),
    (14, 23, '2024-10-01 10:30:00', 18.00);

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (11, 11, 601, 1, 45.00),
    (12, 14, 602, 2,  8.00);
