-- 1 failure in 3 attempts and 2 in 3. Breaks 100 * failed / attempts on integers (33 and 66,
-- or 0 with failed / attempts * 100): the division must happen in decimals.
INSERT INTO payment_attempts (id, subscription_id, method, status, amount, attempted_at) VALUES
    (21, 200, 'card',       'failed',    10.00, '2024-06-01 08:00:00'),
    (22, 201, 'card',       'succeeded', 10.00, '2024-06-01 08:00:00'),
    (23, 202, 'card',       'succeeded', 10.00, '2024-06-01 08:00:00'),
    (24, 203, 'sepa_debit', 'failed',    10.00, '2024-06-01 08:00:00'),
    (25, 204, 'sepa_debit', 'failed',    10.00, '2024-06-01 08:00:00'),
    (26, 205, 'sepa_debit', 'refunded',  10.00, '2024-06-01 08:00:00');
