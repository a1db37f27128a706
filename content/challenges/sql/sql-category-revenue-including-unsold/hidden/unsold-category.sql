-- Breaks: an INNER JOIN (drops 'kitchen') and a LEFT JOIN without COALESCE (reports NULL instead of 0).
INSERT INTO products (id, name, category) VALUES
    (10, 'Espresso cups',  'kitchen'),
    (11, 'Chef knife',     'kitchen'),
    (12, 'Desk lamp',      'lighting'),
    (13, 'Floor lamp',     'lighting'),
    (14, 'Bath towel',     'bath');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (21, 950, 12, 1, 45.00),
    (22, 950, 14, 4,  9.99),
    (23, 951, 13, 1, 129.00),
    (24, 952, 12, 2, 42.50);
