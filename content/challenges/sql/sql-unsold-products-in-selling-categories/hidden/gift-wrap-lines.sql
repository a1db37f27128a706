-- Breaks: p.id NOT IN (SELECT product_id FROM order_items). The gift-wrap lines have a NULL product_id,
-- so NOT IN returns no rows at all; the answer is products 12 and 15.
INSERT INTO products (id, name, category) VALUES
    (11, 'Fountain pen',   'stationery'),
    (12, 'Ink cartridges', 'stationery'),
    (13, 'Notebook A5',    'stationery'),
    (14, 'Table lamp',     'lighting'),
    (15, 'LED bulb',       'lighting');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (11, 80, 11,   1),
    (12, 80, NULL, 1),
    (13, 81, 13,   3),
    (14, 82, 14,   1),
    (15, 82, NULL, 1);
