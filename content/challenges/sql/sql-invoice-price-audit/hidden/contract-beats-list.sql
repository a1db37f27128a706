-- A line billed at the valid contract price is correct even though it differs from the list
-- price; a line billed at list price while a contract was valid is an overcharge. Another
-- customer's contract, or a contract for another SKU, must not be used. Breaks comparing with
-- the list price only, and joining contracts on SKU without the customer (or vice versa).
INSERT INTO list_prices (sku, unit_price, valid_from, valid_to) VALUES
    ('CBL-10', 8.50, '2024-01-01', NULL),
    ('CBL-20', 9.75, '2024-01-01', NULL);

INSERT INTO contract_prices (customer_id, sku, unit_price, valid_from, valid_to) VALUES
    (801, 'CBL-10', 7.25, '2024-01-01', NULL),
    (802, 'CBL-20', 9.00, '2024-01-01', NULL);

INSERT INTO invoice_lines (invoice_id, line_no, customer_id, sku, invoiced_on, quantity, billed_unit_price) VALUES
    (31, 1, 801, 'CBL-10', '2024-02-02', 40, 7.25),
    (31, 2, 801, 'CBL-20', '2024-02-02', 10, 9.00),
    (32, 1, 802, 'CBL-10', '2024-02-03', 20, 7.25),
    (32, 2, 802, 'CBL-20', '2024-02-03', 30, 9.75),
    (33, 1, 803, 'CBL-20', '2024-02-04',  6, 9.75);
