INSERT INTO products (id, name, category) VALUES
    (1, 'Trail running shoe', 'footwear'),
    (2, 'Wool hiking sock',   'footwear'),
    (3, 'Rain shell jacket',  'outerwear'),
    (4, 'Headlamp',           'camping'),
    (5, 'Camp stove',         'camping');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (1, 900, 1, 1, 119.00),
    (2, 900, 2, 3,  14.50),
    (3, 901, 4, 2,  29.95),
    (4, 902, 1, 1, 109.00),
    (5, 903, 4, 1,  29.95),
    (6, 903, 2, 2,  14.50);
