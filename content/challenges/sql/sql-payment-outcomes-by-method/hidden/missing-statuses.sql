-- A method with only refunds and one with only successes. Breaks status columns built without
-- ELSE 0 in a SUM (NULL instead of 0), and a failure_pct that is NULL when nothing failed.
INSERT INTO payment_attempts (id, subscription_id, method, status, amount, attempted_at) VALUES
    (51, 400, 'ach',    'refunded',  80.00, '2024-06-03 08:00:00'),
    (52, 401, 'ach',    'refunded',  80.00, '2024-06-03 09:00:00'),
    (53, 402, 'wallet', 'succeeded', 12.00, '2024-06-03 10:00:00');
