-- Breaks: finding "paid twice" by grouping payments alone (no join to orders). Order 39 does not exist:
-- its two captures are one orphan_payment row with payment_count 2, not a paid_twice row.
INSERT INTO orders (id, customer_id, order_total) VALUES
    (31, 80, 70.00),
    (32, 81, 22.00);

INSERT INTO payments (id, order_id, amount, status, paid_at) VALUES
    (401, 31, 70.00, 'captured', '2024-07-01 14:00:00'),
    (402, 39, 55.00, 'captured', '2024-07-01 14:05:00'),
    (403, 39, 55.00, 'captured', '2024-07-01 14:06:00'),
    (404, 32, 22.00, 'captured', '2024-07-01 14:10:00'),
    (405, 32, 22.00, 'captured', '2024-07-02 09:00:00');
