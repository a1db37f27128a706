-- Breaks: >= instead of >. Order 62 left on its promised date, which is on time, so customer 900 is out;
-- customer 910 has two parcels of one order, both late: one late order.
INSERT INTO orders (id, customer_id, ordered_on, promised_date) VALUES
    (61, 900, '2024-06-01', '2024-06-04'),
    (62, 900, '2024-06-02', '2024-06-05'),
    (63, 910, '2024-06-03', '2024-06-06');

INSERT INTO shipments (id, order_id, warehouse_id, shipped_on) VALUES
    (71, 61, 1, '2024-06-05'),
    (72, 62, 1, '2024-06-05'),
    (73, 63, 2, '2024-06-07'),
    (74, 63, 1, '2024-06-08');
