INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (1, 500, 71, 2),
    (2, 500, 72, 1),
    (3, 501, 71, 4),
    (4, 502, 73, 1),
    (5, 502, 74, 2);

INSERT INTO shipments (id, order_id, warehouse_id, shipped_on) VALUES
    (900, 500, 1, '2024-09-02'),
    (901, 501, 1, '2024-09-02'),
    (902, 502, 2, '2024-09-03');

INSERT INTO shipment_items (id, shipment_id, product_id, quantity) VALUES
    (1, 900, 71, 2),
    (2, 900, 72, 1),
    (3, 901, 71, 3),
    (4, 902, 73, 1),
    (5, 902, 75, 2);
