INSERT INTO products (product_id, product_name, category) VALUES
    (1, 'Trail Running Shoe', 'Footwear'),
    (2, 'Road Running Shoe',  'Footwear'),
    (3, 'Hiking Boot',        'Footwear'),
    (4, 'Wool Sock 3-pack',   'Footwear'),
    (5, 'Rain Jacket',        'Outerwear'),
    (6, 'Down Vest',          'Outerwear'),
    (7, 'Fleece Pullover',    'Outerwear');

INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES
    (1001, 1, 2, 120.00),
    (1001, 4, 3,  15.00),
    (1002, 2, 1, 110.00),
    (1003, 3, 1, 180.00),
    (1004, 2, 1, 130.00),
    (1005, 3, 1,  40.00),
    (1006, 5, 1, 150.00),
    (1006, 6, 2,  95.50),
    (1007, 7, 1,  80.00),
    (1008, 7, 1,  70.00);
