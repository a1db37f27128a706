-- Breaks: treating NULL categories as one group (IS NOT DISTINCT FROM, or COALESCE(category, '')).
-- Product 32 sold and 33 did not, but neither has a category, so only 35 is reported.
INSERT INTO products (id, name, category) VALUES
    (31, 'Phone case',      'electronics'),
    (32, 'Mystery box',     NULL),
    (33, 'Sample pack',     NULL),
    (34, 'USB-C cable',     'electronics'),
    (35, 'Screen protector', 'electronics');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (31, 95, 31, 1),
    (32, 95, 32, 1),
    (33, 96, 34, 2);
