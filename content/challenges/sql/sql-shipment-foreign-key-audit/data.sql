INSERT INTO orders (id, customer_id, ordered_at) VALUES
    (1, 100, '2024-08-01'),
    (2, 101, '2024-08-01'),
    (3, 102, '2024-08-02');

INSERT INTO warehouses (id, code) VALUES
    (1, 'AMS1'),
    (2, 'RTM2');

INSERT INTO carriers (id, name) VALUES
    (1, 'PostNL'),
    (2, 'DHL');

INSERT INTO shipments (id, order_id, warehouse_id, carrier_id, created_at) VALUES
    (10, 1, 1, 1, '2024-08-01 15:00:00'),
    (11, 2, 2, 2, '2024-08-01 16:00:00'),
    (12, 4, 1, 1, '2024-08-02 09:00:00'),
    (13, 3, 5, 2, '2024-08-02 10:00:00'),
    (14, 3, 2, 9, '2024-08-02 10:30:00'),
    (15, 9, 1, 2, '2024-08-02 11:00:00');
