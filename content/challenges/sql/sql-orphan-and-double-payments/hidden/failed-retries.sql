-- Breaks: counting every payment row for paid_twice. Orders 21 and 22 had failed attempts before one
-- capture and are fine; only order 23, captured twice after a failure, is paid twice (count 2).
INSERT INTO orders (id, customer_id, order_total) VALUES
    (21, 70, 45.00),
    (22, 71, 99.00),
    (23, 72, 15.00);

INSERT INTO payments (id, order_id, amount, status, paid_at) VALUES
    (301, 21, 45.00, 'failed',   '2024-06-01 08:00:00'),
    (302, 21, 45.00, 'captured', '2024-06-01 08:01:00'),
    (303, 22, 99.00, 'failed',   '2024-06-01 08:10:00'),
    (304, 22, 99.00, 'failed',   '2024-06-01 08:11:00'),
    (305, 22, 99.00, 'captured', '2024-06-01 08:12:00'),
    (306, 23, 15.00, 'failed',   '2024-06-01 08:20:00'),
    (307, 23, 15.00, 'captured', '2024-06-01 08:21:00'),
    (308, 23, 15.00, 'captured', '2024-06-01 08:22:00');
