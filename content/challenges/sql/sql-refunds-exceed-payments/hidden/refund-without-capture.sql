-- Breaks: INNER JOIN to payments, or LEFT JOIN payments with WHERE status = 'captured'
-- (drops order 21, which has only a failed attempt, and order 22, which has no payment row at all).
INSERT INTO orders (id, customer_id, order_total) VALUES
    (21, 30, 35.00),
    (22, 31, 12.00),
    (23, 32, 50.00);

INSERT INTO payments (id, order_id, amount, status) VALUES
    (21, 21, 35.00, 'failed'),
    (22, 23, 50.00, 'captured');

INSERT INTO refunds (id, order_id, amount, refunded_at) VALUES
    (21, 21, 35.00, '2024-05-01 15:00:00'),
    (22, 22, 12.00, '2024-05-02 15:00:00'),
    (23, 23, 20.00, '2024-05-03 15:00:00');
