INSERT INTO product_changes (lsn, product_id, op, product_name, price, changed_at) VALUES
    (1001, 1, 'I', 'Espresso Beans 1kg',  24.00, '2024-05-01 09:00:00'),
    (1002, 2, 'I', 'Pour-over Kettle',    39.00, '2024-05-01 09:05:00'),
    (1003, 3, 'I', 'Paper Filters x100',   6.50, '2024-05-01 09:06:00'),
    (1004, 1, 'U', 'Espresso Beans 1kg',  26.00, '2024-05-03 14:00:00'),
    (1005, 3, 'D', 'Paper Filters x100',   6.50, '2024-05-04 10:00:00'),
    (1006, 2, 'U', 'Gooseneck Kettle',    42.00, '2024-05-05 08:30:00'),
    (1007, 4, 'I', 'Hand Grinder',        79.00, '2024-05-05 08:31:00');
