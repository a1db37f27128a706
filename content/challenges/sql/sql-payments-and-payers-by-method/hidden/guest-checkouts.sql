-- Guest payments count as payments but not as customers. Breaks COUNT(customer_id) for
-- successful_payments, and COUNT(DISTINCT COALESCE(customer_id, 0)) for paying_customers.
-- The bank transfer method only has guests: 2 payments, 0 customers.
INSERT INTO payments (id, customer_id, method, status, amount) VALUES
    (30, NULL, 'card',          'succeeded',  15.00),
    (31, NULL, 'card',          'succeeded',  22.00),
    (32, 60,   'card',          'succeeded',  30.00),
    (33, NULL, 'bank_transfer', 'succeeded', 120.00),
    (34, NULL, 'bank_transfer', 'succeeded',  80.00);
