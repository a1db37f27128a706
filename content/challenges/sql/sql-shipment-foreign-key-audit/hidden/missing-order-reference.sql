-- Breaks: order_id NOT IN (SELECT id FROM orders). NULL NOT IN (...) is unknown, so shipments 31 and 32,
-- which lost their mandatory order reference, are not counted (answer: 3 broken order_id rows).
INSERT INTO orders (id, customer_id, ordered_at) VALUES
    (21, 120, '2024-10-01');

INSERT INTO warehouses (id, code) VALUES
    (4, 'MUC4');

INSERT INTO carriers (id, name) VALUES
    (4, 'UPS');

INSERT INTO shipments (id, order_id, warehouse_id, carrier_id, created_at) VALUES
    (30, 21,   4, 4, '2024-10-01 08:00:00'),
    (31, NULL, 4, 4, '2024-10-01 08:10:00'),
    (32, NULL, 6, 4, '2024-10-01 08:20:00'),
    (33, 25,   4, 4, '2024-10-01 08:30:00');
