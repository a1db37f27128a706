-- The largest rows failed or were refunded. Breaks a query that forgets the status filter,
-- or that applies LIMIT before filtering (for example in a subquery).
INSERT INTO payments (id, customer_id, status, amount, created_at) VALUES
    (3001, 31, 'failed',    5000.00, '2024-06-01 09:00:00'),
    (3002, 32, 'refunded',  4000.00, '2024-06-01 10:00:00'),
    (3003, 33, 'failed',    3000.00, '2024-06-01 11:00:00'),
    (3004, 34, 'failed',    2000.00, '2024-06-01 12:00:00'),
    (3005, 35, 'refunded',  1000.00, '2024-06-01 13:00:00'),
    (3006, 36, 'succeeded',   80.00, '2024-06-02 09:00:00'),
    (3007, 37, 'succeeded',   60.00, '2024-06-02 10:00:00'),
    (3008, 38, 'succeeded',   70.00, '2024-06-02 11:00:00'),
    (3009, 39, 'succeeded',   40.00, '2024-06-02 12:00:00'),
    (3010, 31, 'succeeded',   90.00, '2024-06-02 13:00:00'),
    (3011, 32, 'succeeded',   10.00, '2024-06-02 14:00:00');
