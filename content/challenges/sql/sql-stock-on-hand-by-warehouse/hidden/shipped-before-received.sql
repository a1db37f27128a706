-- Shipments recorded before the receipt, and a SKU fully shipped out. Negative and zero stock
-- stay in the output; a HAVING total > 0 or a WHERE on receipts would lose rows.
INSERT INTO stock_movements (id, sku, warehouse, movement_type, quantity, moved_at) VALUES
    (31, 'FOX-600', 'DUB', 'shipment', 5, '2024-06-01 07:00:00'),
    (32, 'FOX-600', 'FRA', 'receipt',  3, '2024-06-01 08:00:00'),
    (33, 'OWL-610', 'MAD', 'receipt',  6, '2024-06-01 09:00:00'),
    (34, 'OWL-610', 'MAD', 'shipment', 6, '2024-06-02 09:00:00'),
    (35, 'ANT-620', 'DUB', 'shipment', 2, '2024-06-03 09:00:00');
