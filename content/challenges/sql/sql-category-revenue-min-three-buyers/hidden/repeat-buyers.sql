-- Breaks: COUNT(customer_id) or COUNT(DISTINCT order_id). 'audio' has 4 orders but only 2 distinct
-- customers; 'video' has exactly 3 buyers and is the only category reported.
INSERT INTO products (id, name, category) VALUES
    (10, 'Earbuds',    'audio'),
    (11, 'Soundbar',   'audio'),
    (12, 'HDMI cable', 'video'),
    (13, 'Projector',  'video');

INSERT INTO orders (id, customer_id, ordered_at, status) VALUES
    (201, 21, '2024-03-01', 'delivered'),
    (202, 21, '2024-03-04', 'delivered'),
    (203, 22, '2024-03-05', 'delivered'),
    (204, 22, '2024-03-08', 'delivered'),
    (205, 23, '2024-03-09', 'shipped');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (11, 201, 10, 1,  49.00),
    (12, 202, 11, 1, 199.00),
    (13, 203, 10, 2,  49.00),
    (14, 204, 11, 1, 189.00),
    (15, 201, 12, 1,   8.99),
    (16, 203, 12, 1,   8.99),
    (17, 205, 13, 1, 420.00);
