INSERT INTO products (id, name, category) VALUES
    (1, 'Cotton tee',       'apparel'),
    (2, 'Linen shirt',      'apparel'),
    (3, 'Denim jacket',     'apparel'),
    (4, 'Ceramic mug',      'kitchen'),
    (5, 'French press',     'kitchen'),
    (6, 'Scented candle',   'home'),
    (7, 'Throw blanket',    'home');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (1, 70, 1, 2),
    (2, 70, 4, 1),
    (3, 71, 1, 1),
    (4, 72, 3, 1),
    (5, 73, 4, 4);
