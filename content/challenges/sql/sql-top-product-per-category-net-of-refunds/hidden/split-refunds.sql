-- Breaks: joining order_items to refunds and summing quantity * unit_price over the joined rows (fan-out).
-- Line 21 (100.00) was refunded in two steps of 30.00, so product 20 nets 40.00 and product 21 (90.00) wins;
-- the fan-out counts line 21 twice and makes product 20 win with 140.00.
INSERT INTO products (id, name, category) VALUES
    (20, 'Hiking boots',  'footwear'),
    (21, 'Trail sandals', 'footwear');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (21, 30, 20, 1, 100.00),
    (22, 31, 21, 2,  45.00);

INSERT INTO refunds (id, order_item_id, amount, refunded_at) VALUES
    (21, 21, 30.00, '2024-07-01 09:00:00'),
    (22, 21, 30.00, '2024-07-08 09:00:00');
