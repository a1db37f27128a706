-- Orders placed on the very day a new version starts. Breaks
-- `order_date BETWEEN valid_from AND valid_to`: on that day two versions match and the order
-- is returned twice (once with the old segment).
INSERT INTO dim_customer (customer_key, customer_id, segment, valid_from, valid_to) VALUES
    (11, 400, 'smb',        '2023-01-01', '2023-07-01'),
    (12, 400, 'mid_market', '2023-07-01', '2024-02-01'),
    (13, 400, 'enterprise', '2024-02-01', NULL);

INSERT INTO orders (order_id, customer_id, order_date, amount) VALUES
    (11, 400, '2023-07-01', 300.00),
    (12, 400, '2024-02-01', 900.00),
    (13, 400, '2023-06-30', 100.00),
    (14, 400, '2024-01-31', 150.00);
