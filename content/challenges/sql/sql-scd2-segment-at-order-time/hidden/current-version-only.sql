-- Every matching version is the open-ended current one. Breaks `order_date < valid_to`
-- without handling NULL (the comparison is unknown, so the join finds nothing).
INSERT INTO dim_customer (customer_key, customer_id, segment, valid_from, valid_to) VALUES
    (21, 500, 'smb',        '2022-05-01', NULL),
    (22, 600, 'enterprise', '2021-01-01', '2022-01-01'),
    (23, 600, 'strategic',  '2022-01-01', NULL);

INSERT INTO orders (order_id, customer_id, order_date, amount) VALUES
    (21, 500, '2024-06-01',   60.00),
    (22, 600, '2024-06-02', 9000.00),
    (23, 600, '2021-12-31', 7000.00);
