INSERT INTO stock_movements (id, sku, warehouse, movement_type, quantity, moved_at) VALUES
    (1,  'TEA-001', 'DUB', 'receipt',   200, '2024-04-01 07:00:00'),
    (2,  'TEA-001', 'DUB', 'shipment',   35, '2024-04-02 15:00:00'),
    (3,  'TEA-001', 'FRA', 'receipt',   120, '2024-04-01 09:00:00'),
    (4,  'TEA-001', 'FRA', 'shipment',   20, '2024-04-03 11:00:00'),
    (5,  'MUG-010', 'MAD', 'receipt',    60, '2024-04-01 08:00:00'),
    (6,  'MUG-010', 'MAD', 'shipment',   12, '2024-04-02 10:00:00'),
    (7,  'MUG-010', 'DUB', 'receipt',    30, '2024-04-04 08:00:00'),
    (8,  'TEA-001', 'DUB', 'shipment',   15, '2024-04-05 16:00:00'),
    (9,  'KET-200', 'FRA', 'receipt',    10, '2024-04-06 09:00:00');
