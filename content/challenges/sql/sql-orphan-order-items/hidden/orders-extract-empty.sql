-- The orders extract failed entirely: every item is an orphan. Breaks any answer that starts from orders.
INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (31, 4001, 800, 1, 12.50),
    (32, 4001, 801, 1,  8.00),
    (33, 4002, 800, 2, 12.50);
