-- Payments at exactly midnight on 1 March (in) and 1 April (out). Breaks an inclusive upper
-- bound such as `created_at <= '2024-04-01 00:00:00'` and a strict lower bound such as
-- `created_at > '2024-03-01 00:00:00'`. Rows are inserted out of order.
INSERT INTO payments (id, customer_id, method, status, amount, created_at) VALUES
    (38, 301, 'card', 'failed',    60.00, '2024-03-17 12:00:00'),
    (31, 302, 'card', 'failed',    60.00, '2024-04-01 00:00:00'),
    (35, 303, 'card', 'failed',    25.00, '2024-03-17 12:00:00'),
    (33, 304, 'card', 'failed',    25.00, '2024-03-01 00:00:00'),
    (32, 305, 'card', 'failed',    60.00, '2024-02-29 23:59:59'),
    (36, 306, 'card', 'refunded',  25.00, '2024-03-05 00:00:00');
