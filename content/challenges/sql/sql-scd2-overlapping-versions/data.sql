INSERT INTO dim_customer (customer_key, customer_id, segment, valid_from, valid_to) VALUES
    (1, 100, 'smb',        '2023-01-01', '2023-07-01'),
    (2, 100, 'mid_market', '2023-07-01', NULL),
    (3, 200, 'smb',        '2023-02-01', '2023-09-01'),
    (4, 200, 'mid_market', '2023-08-15', '2024-01-01'),
    (5, 200, 'enterprise', '2024-01-01', NULL),
    (6, 300, 'smb',        '2023-04-01', NULL),
    (7, 300, 'enterprise', '2023-10-01', NULL);
