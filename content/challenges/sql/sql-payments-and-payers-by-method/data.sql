INSERT INTO payments (id, customer_id, method, status, amount) VALUES
    (1, 10,   'card',          'succeeded',  25.00),
    (2, 11,   'card',          'succeeded',  40.00),
    (3, 10,   'card',          'succeeded',  12.00),
    (4, NULL, 'card',          'succeeded',  18.50),
    (5, 12,   'wallet',        'succeeded',  60.00),
    (6, 13,   'wallet',        'failed',     60.00),
    (7, 14,   'bank_transfer', 'succeeded', 300.00),
    (8, 11,   'card',          'failed',     40.00);
