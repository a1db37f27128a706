INSERT INTO products (id, name, reorder_point) VALUES
    (1, 'Packing tape',      50),
    (2, 'Bubble wrap roll',  20),
    (3, 'Shipping box S',   100),
    (4, 'Shipping box L',    40),
    (5, 'Label printer ink', 10);

INSERT INTO warehouses (id, code, active) VALUES
    (1, 'LHR1', 1),
    (2, 'MAN2', 1),
    (3, 'BHX3', 0);

INSERT INTO inventory (warehouse_id, product_id, on_hand) VALUES
    (1, 1, 30),
    (2, 1, 35),
    (1, 2,  5),
    (2, 2,  8),
    (1, 3, 60),
    (3, 3, 80),
    (2, 4, 12);
