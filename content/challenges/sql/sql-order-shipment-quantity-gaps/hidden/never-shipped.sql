-- Breaks: an INNER JOIN to the shipped side, and leaving shipped_qty NULL. Order 701 has no parcel yet:
-- both its products are short with shipped_qty 0.
INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (21, 700, 90, 1),
    (22, 701, 91, 2),
    (23, 701, 92, 5);

INSERT INTO shipments (id, order_id, warehouse_id, shipped_on) VALUES
    (920, 700, 5, '2024-11-04');

INSERT INTO shipment_items (id, shipment_id, product_id, quantity) VALUES
    (21, 920, 90, 1);
