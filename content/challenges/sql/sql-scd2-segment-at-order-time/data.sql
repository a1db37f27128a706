INSERT INTO dim_customer (customer_key, customer_id, segment, valid_from, valid_to) VALUES
    (1, 100, 'smb',        '2023-01-01', '2023-09-15'),
    (2, 100, 'mid_market', '2023-09-15', NULL),
    (3, 200, 'enterprise', '2023-03-01', NULL),
    (4, 300, 'smb',        '2023-05-10', '2024-01-01'),
    (5, 300, 'churn_risk', '2024-01-01', NULL);

INSERT INTO orders (order_id, customer_id, order_date, amount) VALUES
    (1, 100, '2023-06-01', 120.00),
    (2, 100, '2023-11-20', 480.00),
    (3, 200, '2023-04-02', 2500.00),
    (4, 300, '2023-12-30',  90.00),
    (5, 300, '2024-02-14',  45.00),
    (6, 200, '2024-03-01', 2500.00);
