-- Breaks: NOT EXISTS (on-time order) evaluated over all orders; customer 800 has orders but none shipped,
-- so "no on-time order" is vacuously true. Customer 700's unshipped order 42 must not count as late or on time.
INSERT INTO orders (id, customer_id, ordered_on, promised_date) VALUES
    (41, 700, '2024-05-01', '2024-05-04'),
    (42, 700, '2024-05-20', '2024-05-23'),
    (43, 800, '2024-05-21', '2024-05-24'),
    (44, 800, '2024-05-22', '2024-05-25');

INSERT INTO shipments (id, order_id, warehouse_id, shipped_on) VALUES
    (51, 41, 3, '2024-05-07');
