-- Rows with a NULL sku, loaded before everything else, and rows inserted out of load order.
-- Breaks answers that keep a NULL sku group or assume feed_row_id follows loaded_at across files.
INSERT INTO catalog_feed (feed_row_id, sku, product_name, price, loaded_at) VALUES
    (30, 'MN-270', 'Monitor 27in', 219.00, '2024-07-03 06:00:00'),
    (31, NULL,     'UNKNOWN',        0.00, '2024-07-01 06:00:00'),
    (32, 'MN-270', 'Monitor 27in', 199.00, '2024-07-02 06:00:00'),
    (33, NULL,     'UNKNOWN',        0.00, '2024-07-02 06:00:00');
