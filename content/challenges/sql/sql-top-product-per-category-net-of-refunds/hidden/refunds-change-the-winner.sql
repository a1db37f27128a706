-- Breaks: ranking on gross sales (product 30 grosses the most but nets 50.00), and an INNER JOIN to
-- refunds, which drops products 31 and 32 because they have none. Winners: 31 (120.00) in 'kitchen',
-- 32 in 'dining'.
INSERT INTO products (id, name, category) VALUES
    (30, 'Stand mixer',  'kitchen'),
    (31, 'Dutch oven',   'kitchen'),
    (32, 'Dinner plate', 'dining'),
    (33, 'Wine glass',   'dining');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (31, 40, 30, 1, 250.00),
    (32, 41, 31, 1, 120.00),
    (33, 42, 32, 6,  12.00),
    (34, 43, 33, 4,   9.50),
    (35, 44, 33, 1,   9.50);

INSERT INTO refunds (id, order_item_id, amount, refunded_at) VALUES
    (31, 31, 200.00, '2024-08-02 14:00:00'),
    (32, 34, 19.00, '2024-08-03 14:00:00');
