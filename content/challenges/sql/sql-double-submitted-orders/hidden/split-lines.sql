-- Breaks: comparing lines instead of per-product totals. Order 22 lists 2 x product 810 as two lines of 1;
-- its basket equals order 21's. Order 24 has the same lines as order 23 plus a repeated 811 line,
-- so its basket has 811 x 2 against 811 x 1: not a duplicate.
INSERT INTO orders (id, customer_id, ordered_at) VALUES
    (21, 60, '2024-12-03 12:00:00'),
    (22, 60, '2024-12-03 12:04:00'),
    (23, 61, '2024-12-03 13:00:00'),
    (24, 61, '2024-12-03 13:02:00');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (21, 21, 810, 2),
    (22, 22, 810, 1),
    (23, 22, 810, 1),
    (24, 23, 811, 1),
    (25, 24, 811, 1),
    (26, 24, 811, 1);
