-- Price changes after the order date must not apply. Breaks joining each SKU to its latest price
-- (MAX(effective_from) per SKU, ignoring the order date).
INSERT INTO price_changes (sku, effective_from, unit_price) VALUES
    ('OAT-1L', '2024-01-01', 2.40),
    ('OAT-1L', '2024-08-01', 2.90),
    ('CUP-12', '2024-01-01', 0.35),
    ('CUP-12', '2024-09-01', 0.30);

INSERT INTO order_lines (order_id, line_no, order_date, sku, quantity) VALUES
    (20, 1, '2024-03-03', 'OAT-1L', 10),
    (20, 2, '2024-03-03', 'CUP-12', 200),
    (21, 1, '2024-08-15', 'OAT-1L', 5),
    (21, 2, '2024-08-15', 'CUP-12', 100);
