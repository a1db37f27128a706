-- A SKU listed twice in its first file with different prices; the file is also re-sent later.
-- Breaks joining back on MIN(loaded_at) (two rows for WC-010) and tie-breaking by price or name.
INSERT INTO catalog_feed (feed_row_id, sku, product_name, price, loaded_at) VALUES
    (20, 'WC-010', 'Webcam HD',      59.00, '2024-06-01 06:00:00'),
    (21, 'WC-010', 'Webcam HD',      49.00, '2024-06-01 06:00:00'),
    (22, 'WC-010', 'Webcam HD Pro',  69.00, '2024-06-02 06:00:00'),
    (23, 'SP-020', 'Desk Speaker',   25.00, '2024-06-02 06:00:00'),
    (24, 'SP-020', 'Desk Speaker',   25.00, '2024-06-02 06:00:00');
