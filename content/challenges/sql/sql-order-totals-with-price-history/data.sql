INSERT INTO price_changes (sku, effective_from, unit_price) VALUES
    ('COF-1KG', '2024-01-01', 18.00),
    ('COF-1KG', '2024-03-01', 19.50),
    ('COF-1KG', '2024-06-01', 21.00),
    ('FLT-100', '2024-01-01',  4.25),
    ('MUG-350', '2024-02-15', 12.00);

INSERT INTO order_lines (order_id, line_no, order_date, sku, quantity) VALUES
    (1, 1, '2024-01-20', 'COF-1KG', 2),
    (1, 2, '2024-01-20', 'FLT-100', 3),
    (2, 1, '2024-04-11', 'COF-1KG', 1),
    (2, 2, '2024-04-11', 'MUG-350', 2),
    (3, 1, '2024-07-02', 'COF-1KG', 4);
