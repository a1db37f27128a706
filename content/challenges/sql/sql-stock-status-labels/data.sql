INSERT INTO products (sku, name, on_hand, reorder_point) VALUES
    ('KB-100', 'Mechanical keyboard',  42, 10),
    ('MS-220', 'Wireless mouse',        6, 15),
    ('HD-310', 'USB-C hub',             0,  5),
    ('MN-270', '27-inch monitor',      NULL, 4),
    ('CB-015', 'HDMI cable 1.5 m',    120, 50),
    ('WC-090', 'Webcam 1080p',          9,  8);
