INSERT INTO list_prices (sku, unit_price, valid_from, valid_to) VALUES
    ('GLV-100', 12.00, '2024-01-01', '2024-04-01'),
    ('GLV-100', 13.50, '2024-04-01', NULL),
    ('MSK-200',  4.00, '2024-01-01', NULL),
    ('BOOT-30', 89.00, '2024-01-01', NULL);

INSERT INTO contract_prices (customer_id, sku, unit_price, valid_from, valid_to) VALUES
    (501, 'GLV-100', 11.00, '2024-01-01', NULL),
    (502, 'BOOT-30', 80.00, '2024-02-01', '2024-05-01');

INSERT INTO invoice_lines (invoice_id, line_no, customer_id, sku, invoiced_on, quantity, billed_unit_price) VALUES
    (1, 1, 501, 'GLV-100', '2024-02-10', 100, 11.00),
    (1, 2, 501, 'MSK-200', '2024-02-10', 500,  4.00),
    (2, 1, 503, 'GLV-100', '2024-04-15',  40, 12.00),
    (3, 1, 502, 'BOOT-30', '2024-03-03',  10, 89.00),
    (4, 1, 502, 'BOOT-30', '2024-06-01',   5, 89.00),
    (5, 1, 503, 'MSK-200', '2024-04-15', 200,  4.20);
