-- Each SKU lives in one warehouse. Breaks SUM(CASE WHEN warehouse = 'DUB' THEN ... END) with no
-- ELSE 0 (NULL cells), and a total computed as dub + fra + mad from those NULL cells.
INSERT INTO stock_movements (id, sku, warehouse, movement_type, quantity, moved_at) VALUES
    (21, 'PAN-500', 'MAD', 'receipt',  8, '2024-05-10 07:00:00'),
    (22, 'LID-510', 'FRA', 'receipt', 14, '2024-05-10 07:00:00'),
    (23, 'LID-510', 'FRA', 'shipment', 4, '2024-05-11 07:00:00'),
    (24, 'BOX-520', 'DUB', 'receipt',  1, '2024-05-12 07:00:00');
