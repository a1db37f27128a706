-- Breaks: ROW_NUMBER or LIMIT 1 (products 50 and 51 tie at 59.97 in 'toys': return both), and
-- LEFT JOIN products -> lines with COALESCE(..., 0): product 61 fully refunded nets 0.00 and is the top of
-- 'crafts', but the never-sold 62 and 63 would tie with it at 0.
INSERT INTO products (id, name, category) VALUES
    (50, 'Wooden blocks', 'toys'),
    (51, 'Toy robot',     'toys'),
    (52, 'Spinning top',  'toys'),
    (61, 'Paint set',     'crafts'),
    (62, 'Clay kit',      'crafts'),
    (63, 'Bead box',      'crafts');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (51, 60, 50, 3, 19.99),
    (52, 61, 51, 1, 69.97),
    (53, 62, 52, 2,  9.99),
    (54, 63, 61, 1, 18.00);

INSERT INTO refunds (id, order_item_id, amount, refunded_at) VALUES
    (51, 52, 10.00, '2024-09-01 11:00:00'),
    (52, 54, 18.00, '2024-09-02 11:00:00');
