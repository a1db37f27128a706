-- Orders placed on the day a price changes pay the new price. Breaks
-- `effective_from < order_date` (strict), which still charges the old price on that day.
INSERT INTO price_changes (sku, effective_from, unit_price) VALUES
    ('TEA-250', '2024-01-01', 6.00),
    ('TEA-250', '2024-05-01', 7.25),
    ('TEA-250', '2024-05-02', 7.10);

INSERT INTO order_lines (order_id, line_no, order_date, sku, quantity) VALUES
    (10, 1, '2024-05-01', 'TEA-250', 4),
    (11, 1, '2024-04-30', 'TEA-250', 4),
    (12, 1, '2024-05-02', 'TEA-250', 1);
