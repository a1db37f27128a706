INSERT INTO payment_attempts (id, subscription_id, method, status, amount, attempted_at) VALUES
    (1,  100, 'card',       'succeeded', 29.00, '2024-05-01 08:00:00'),
    (2,  101, 'card',       'failed',    29.00, '2024-05-01 08:05:00'),
    (3,  101, 'card',       'succeeded', 29.00, '2024-05-02 08:05:00'),
    (4,  102, 'card',       'refunded',  29.00, '2024-05-03 09:00:00'),
    (5,  103, 'sepa_debit', 'succeeded', 49.00, '2024-05-01 06:00:00'),
    (6,  104, 'sepa_debit', 'failed',    49.00, '2024-05-01 06:00:00'),
    (7,  105, 'paypal',     'succeeded', 19.00, '2024-05-04 12:00:00'),
    (8,  106, 'paypal',     'succeeded', 19.00, '2024-05-04 12:30:00'),
    (9,  107, 'card',       'succeeded', 29.00, '2024-05-05 10:00:00'),
    (10, 108, 'card',       'failed',    29.00, '2024-05-05 10:10:00');
