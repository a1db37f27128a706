-- Negative adjustments. Breaks treating every non-receipt as a subtraction
-- (CASE WHEN movement_type = 'receipt' THEN quantity ELSE -quantity END): a -4 adjustment
-- would add 4 back.
INSERT INTO stock_movements (id, sku, warehouse, movement_type, quantity, moved_at) VALUES
    (11, 'CUP-300', 'DUB', 'receipt',    50, '2024-05-01 07:00:00'),
    (12, 'CUP-300', 'DUB', 'adjustment', -4, '2024-05-02 07:00:00'),
    (13, 'CUP-300', 'DUB', 'shipment',   10, '2024-05-03 07:00:00'),
    (14, 'CUP-300', 'MAD', 'adjustment',  3, '2024-05-04 07:00:00'),
    (15, 'JAR-410', 'FRA', 'receipt',    20, '2024-05-01 07:00:00'),
    (16, 'JAR-410', 'FRA', 'adjustment', -2, '2024-05-05 07:00:00');
