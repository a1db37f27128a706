-- Breaks: collecting broken rows and then GROUP BY fk_name; with nothing broken that returns no rows
-- instead of three rows with 0.
INSERT INTO orders (id, customer_id, ordered_at) VALUES
    (31, 130, '2024-11-01'),
    (32, 131, '2024-11-02');

INSERT INTO warehouses (id, code) VALUES
    (5, 'VIE5');

INSERT INTO carriers (id, name) VALUES
    (5, 'DPD');

INSERT INTO shipments (id, order_id, warehouse_id, carrier_id, created_at) VALUES
    (40, 31, 5,    5,    '2024-11-01 17:00:00'),
    (41, 32, NULL, 5,    '2024-11-02 17:00:00'),
    (42, 32, 5,    NULL, '2024-11-02 18:00:00');
