-- Breaks: comparing unrounded sums. In SQLite 10.10 + 20.20 and 0.10 + 0.20 are not exactly 30.30 and 0.30,
-- so orders 21 and 22 look wrong when they are not; only order 23 (off by one cent) is a real mismatch.
INSERT INTO orders (id, customer_id, ordered_at, order_total) VALUES
    (21, 30, '2024-11-05 12:00:00', 30.30),
    (22, 31, '2024-11-05 12:10:00',  0.30),
    (23, 32, '2024-11-05 12:20:00',  9.79),
    (24, 33, '2024-11-05 12:30:00', 59.97);

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (21, 21, 701, 1, 10.10),
    (22, 21, 702, 1, 20.20),
    (23, 22, 703, 1,  0.10),
    (24, 22, 704, 1,  0.20),
    (25, 23, 705, 2,  4.35),
    (26, 23, 706, 1,  1.10),
    (27, 24, 707, 3, 19.99);
