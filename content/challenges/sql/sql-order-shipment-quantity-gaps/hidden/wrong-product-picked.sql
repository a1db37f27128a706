-- Breaks: starting from the ordered side with a LEFT JOIN. The picker sent product 97 instead of 96:
-- 96 is short (1 vs 0) and 97, never ordered, is over (0 vs 1). An extra unordered parcel for order 801
-- is over too.
INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (31, 800, 95, 2),
    (32, 800, 96, 1),
    (33, 801, 95, 1);

INSERT INTO shipments (id, order_id, warehouse_id, shipped_on) VALUES
    (930, 800, 6, '2024-12-02'),
    (931, 801, 6, '2024-12-02'),
    (932, 801, 7, '2024-12-05');

INSERT INTO shipment_items (id, shipment_id, product_id, quantity) VALUES
    (31, 930, 95, 2),
    (32, 930, 97, 1),
    (33, 931, 95, 1),
    (34, 932, 98, 2);
