-- Contracts that ended before the invoice date, or start after it. The list price applies then.
-- Breaks a contract join on customer and SKU that ignores the contract's validity dates.
-- Invoice 12 is on the contract's valid_to day: the contract no longer applies.
INSERT INTO list_prices (sku, unit_price, valid_from, valid_to) VALUES
    ('DRL-18', 150.00, '2023-01-01', NULL);

INSERT INTO contract_prices (customer_id, sku, unit_price, valid_from, valid_to) VALUES
    (601, 'DRL-18', 130.00, '2023-01-01', '2024-01-01'),
    (601, 'DRL-18', 135.00, '2024-06-01', NULL);

INSERT INTO invoice_lines (invoice_id, line_no, customer_id, sku, invoiced_on, quantity, billed_unit_price) VALUES
    (11, 1, 601, 'DRL-18', '2023-12-31', 2, 130.00),
    (12, 1, 601, 'DRL-18', '2024-01-01', 2, 130.00),
    (13, 1, 601, 'DRL-18', '2024-03-15', 1, 150.00),
    (14, 1, 601, 'DRL-18', '2024-06-01', 3, 150.00);
