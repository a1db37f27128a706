INSERT INTO payments (id, customer_id, method, status, amount, created_at) VALUES
    (1, 101, 'card',          'succeeded', 29.00, '2024-02-28 09:15:00'),
    (2, 102, 'card',          'failed',    49.00, '2024-02-29 23:59:59'),
    (3, 101, 'card',          'failed',    29.00, '2024-03-01 08:00:00'),
    (4, 103, 'wallet',        'failed',    19.00, '2024-03-04 12:30:00'),
    (5, 104, 'card',          'succeeded', 99.00, '2024-03-09 17:45:00'),
    (6, 105, 'bank_transfer', 'failed',   240.00, '2024-03-12 10:00:00'),
    (7, 102, 'card',          'failed',    49.00, '2024-03-15 06:20:00'),
    (8, 106, 'card',          'refunded',  29.00, '2024-03-20 14:05:00'),
    (9, 107, 'card',          'failed',    19.00, '2024-04-02 11:11:00');
