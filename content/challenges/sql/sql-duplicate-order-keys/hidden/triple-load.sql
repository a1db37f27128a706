-- Breaks: counting self-join pairs instead of rows (3 copies make 3 pairs, or 6 ordered pairs),
-- and COUNT(DISTINCT loaded_at), since two of the copies share a load time.
INSERT INTO staging_orders (order_id, customer_id, total, loaded_at) VALUES
    (8001, 41, 99.00, '2024-08-01 01:00:00'),
    (8001, 41, 99.00, '2024-08-01 01:00:00'),
    (8002, 42, 35.00, '2024-08-01 01:00:00'),
    (8001, 41, 99.00, '2024-08-02 01:00:00'),
    (8003, NULL, 12.40, '2024-08-02 01:00:00');
