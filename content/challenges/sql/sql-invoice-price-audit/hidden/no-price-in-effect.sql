-- SKUs with no list price on the invoice date (withdrawn, not launched yet, never listed) must
-- be reported with NULL expected price. Breaks `WHERE billed_unit_price <> expected`, which is
-- unknown for NULL and drops them, and an inner join to list_prices.
INSERT INTO list_prices (sku, unit_price, valid_from, valid_to) VALUES
    ('SAW-07', 45.00, '2023-01-01', '2023-12-01'),
    ('SAW-07', 49.00, '2024-03-01', NULL),
    ('LVL-60', 22.00, '2024-01-01', NULL);

INSERT INTO invoice_lines (invoice_id, line_no, customer_id, sku, invoiced_on, quantity, billed_unit_price) VALUES
    (21, 1, 701, 'SAW-07', '2024-01-15', 1, 45.00),
    (21, 2, 701, 'LVL-60', '2024-01-15', 2, 22.00),
    (22, 1, 702, 'TAPE-5', '2024-02-01', 10, 3.10),
    (23, 1, 702, 'SAW-07', '2024-03-01', 1, 49.00),
    (24, 1, 703, 'LVL-60', '2023-12-31', 4, 22.00);
