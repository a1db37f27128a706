-- Breaks: "no parcel shipped on time" (NOT EXISTS over shipments). Order 21 shipped one parcel early
-- and one late, so it is late and customer 500 qualifies; counting parcels instead of orders gives 3, not 2.
INSERT INTO orders (id, customer_id, ordered_on, promised_date) VALUES
    (21, 500, '2024-04-01', '2024-04-05'),
    (22, 500, '2024-04-02', '2024-04-06'),
    (23, 600, '2024-04-03', '2024-04-07');

INSERT INTO shipments (id, order_id, warehouse_id, shipped_on) VALUES
    (31, 21, 1, '2024-04-03'),
    (32, 21, 2, '2024-04-09'),
    (33, 22, 1, '2024-04-08'),
    (34, 23, 2, '2024-04-06');
