-- Breaks: order_id NOT IN (SELECT id FROM orders). NULL NOT IN (...) is never true, so the three
-- payments with a NULL order_id (one row, payment_count 3) disappear.
INSERT INTO orders (id, customer_id, order_total) VALUES
    (11, 60, 25.00),
    (12, 61, 60.00);

INSERT INTO payments (id, order_id, amount, status, paid_at) VALUES
    (201, 11,   25.00, 'captured', '2024-05-01 09:00:00'),
    (202, NULL, 14.00, 'captured', '2024-05-01 09:10:00'),
    (203, 12,   60.00, 'captured', '2024-05-01 09:20:00'),
    (204, NULL, 60.00, 'failed',   '2024-05-01 09:25:00'),
    (205, NULL,  9.90, 'captured', '2024-05-01 09:30:00'),
    (206, 15,   30.00, 'failed',   '2024-05-01 09:40:00');
