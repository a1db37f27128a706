-- Breaks: self-joining lines (i1.id <> i2.id) instead of orders. Order 21 lists product 500 on two lines,
-- which is one purchase, not a repeat; customer 31's two same-day orders do count.
INSERT INTO orders (id, customer_id, ordered_on) VALUES
    (21, 30, '2024-07-01'),
    (22, 31, '2024-07-03'),
    (23, 31, '2024-07-03');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (21, 21, 500, 1),
    (22, 21, 500, 2),
    (23, 22, 501, 1),
    (24, 23, 501, 1);
