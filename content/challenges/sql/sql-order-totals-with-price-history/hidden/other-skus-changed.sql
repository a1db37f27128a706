-- Another SKU changed price between this SKU's changes. Breaks a lookup of "the latest change
-- on or before the order date" that forgets to restrict it to the same SKU: it finds the other
-- SKU's date and then no row (or the wrong row) for this SKU. Also several lines per order.
INSERT INTO price_changes (sku, effective_from, unit_price) VALUES
    ('BEAN-A', '2024-01-01', 15.00),
    ('BEAN-B', '2024-01-01', 16.00),
    ('BEAN-B', '2024-02-10', 17.50),
    ('BEAN-A', '2024-03-05', 15.75);

INSERT INTO order_lines (order_id, line_no, order_date, sku, quantity) VALUES
    (30, 1, '2024-02-20', 'BEAN-A', 2),
    (30, 2, '2024-02-20', 'BEAN-B', 1),
    (30, 3, '2024-02-20', 'BEAN-A', 1),
    (31, 1, '2024-03-10', 'BEAN-B', 3),
    (31, 2, '2024-03-10', 'BEAN-A', 3);
