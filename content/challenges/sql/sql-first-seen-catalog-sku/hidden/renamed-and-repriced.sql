-- Later names sort before the first name and later prices are lower.
-- Breaks GROUP BY sku with MIN(loaded_at), MIN(product_name), MIN(price) taken from different rows.
INSERT INTO catalog_feed (feed_row_id, sku, product_name, price, loaded_at) VALUES
    (10, 'LT-900', 'Laptop Stand',           39.00, '2024-05-01 06:00:00'),
    (11, 'LT-900', 'Aluminium Laptop Stand', 34.00, '2024-05-02 06:00:00'),
    (12, 'CB-050', 'USB Cable 2m',            9.00, '2024-05-02 06:00:00'),
    (13, 'CB-050', 'Braided USB Cable 2m',    7.50, '2024-05-03 06:00:00');
