-- Breaks: "< 600 seconds" (orders 31 and 32 are exactly 10 minutes apart), comparing dates or hours
-- (orders 33 and 34 straddle a leap-day midnight, 8 minutes apart), a.ordered_at < b.ordered_at without
-- the id tie-break (35 and 36 share a second), and pairing across customers (39 is customer 74's).
-- Customer 73: (35,36), (35,37), (36,37) and (37,38) qualify; 38 is 601 seconds after 35 and 36.
INSERT INTO orders (id, customer_id, ordered_at) VALUES
    (31, 70, '2024-12-04 15:00:00'),
    (32, 70, '2024-12-04 15:10:00'),
    (33, 71, '2024-02-29 23:56:00'),
    (34, 71, '2024-03-01 00:04:00'),
    (35, 73, '2024-12-05 18:00:00'),
    (36, 73, '2024-12-05 18:00:00'),
    (37, 73, '2024-12-05 18:06:01'),
    (38, 73, '2024-12-05 18:10:01'),
    (39, 74, '2024-12-05 18:00:00');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (31, 31, 820, 1),
    (32, 32, 820, 1),
    (33, 33, 821, 4),
    (34, 34, 821, 4),
    (35, 35, 822, 1),
    (36, 36, 822, 1),
    (37, 37, 822, 1),
    (38, 38, 822, 1),
    (39, 39, 822, 1);
