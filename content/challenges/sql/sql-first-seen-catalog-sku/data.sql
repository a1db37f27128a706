INSERT INTO catalog_feed (feed_row_id, sku, product_name, price, loaded_at) VALUES
    (1, 'KB-100', 'Mechanical Keyboard',    89.00, '2024-04-01 06:00:00'),
    (2, 'MS-200', 'Wireless Mouse',         29.99, '2024-04-01 06:00:00'),
    (3, 'KB-100', 'Mechanical Keyboard',    84.00, '2024-04-02 06:00:00'),
    (4, 'MS-200', 'Wireless Mouse (Black)', 29.99, '2024-04-02 06:00:00'),
    (5, 'HD-310', 'USB-C Hub',              45.50, '2024-04-02 06:00:00'),
    (6, 'KB-100', 'Mechanical Keyboard TKL', 79.00, '2024-04-03 06:00:00'),
    (7, 'HD-310', 'USB-C Hub 7-in-1',       42.00, '2024-04-03 06:00:00');
