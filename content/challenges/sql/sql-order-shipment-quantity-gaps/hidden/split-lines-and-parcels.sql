-- Breaks: joining order_items to shipment_items and then summing (fan-out). Order 600 has product 80 on
-- two lines (2 + 1) shipped in one parcel of 3; order 601 ordered 4 of product 81 on one line, sent in
-- two parcels of 2. Both match, but the raw join doubles one side. Only order 601's product 82 is short.
INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (11, 600, 80, 2),
    (12, 600, 80, 1),
    (13, 601, 81, 4),
    (14, 601, 82, 3);

INSERT INTO shipments (id, order_id, warehouse_id, shipped_on) VALUES
    (910, 600, 3, '2024-10-01'),
    (911, 601, 3, '2024-10-01'),
    (912, 601, 4, '2024-10-03');

INSERT INTO shipment_items (id, shipment_id, product_id, quantity) VALUES
    (11, 910, 80, 3),
    (12, 911, 81, 2),
    (13, 911, 82, 1),
    (14, 912, 81, 2),
    (15, 912, 82, 1);
