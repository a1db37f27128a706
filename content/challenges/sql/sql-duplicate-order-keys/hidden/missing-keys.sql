-- Breaks: forgetting WHERE order_id IS NOT NULL; the three keyless rows would show up as a NULL group.
INSERT INTO staging_orders (order_id, customer_id, total, loaded_at) VALUES
    (NULL, 31, 10.00, '2024-07-01 01:00:00'),
    (7001, 32, 64.00, '2024-07-01 01:00:00'),
    (NULL, 33, 22.50, '2024-07-01 01:00:00'),
    (7002, 34, 18.00, '2024-07-01 01:00:00'),
    (7001, 32, 64.00, '2024-07-02 01:00:00'),
    (NULL, 31, 10.00, '2024-07-02 01:00:00');
