-- Breaks: LEFT JOIN ... WHERE parent.id IS NULL for the optional keys. Shipments 21 and 22 have no
-- warehouse or carrier yet, which is fine; only shipment 23's carrier 7 is broken.
INSERT INTO orders (id, customer_id, ordered_at) VALUES
    (11, 110, '2024-09-01'),
    (12, 111, '2024-09-01');

INSERT INTO warehouses (id, code) VALUES
    (3, 'BER3');

INSERT INTO carriers (id, name) VALUES
    (3, 'GLS');

INSERT INTO shipments (id, order_id, warehouse_id, carrier_id, created_at) VALUES
    (20, 11, 3,    3,    '2024-09-01 12:00:00'),
    (21, 11, NULL, NULL, '2024-09-01 12:30:00'),
    (22, 12, 3,    NULL, '2024-09-01 13:00:00'),
    (23, 12, 3,    7,    '2024-09-01 13:30:00');
