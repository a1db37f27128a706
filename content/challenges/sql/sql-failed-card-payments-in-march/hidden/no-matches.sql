-- Nothing qualifies: failures are outside March or not by card. The answer is empty.
INSERT INTO payments (id, customer_id, method, status, amount, created_at) VALUES
    (41, 401, 'card',          'failed',    10.00, '2024-05-03 10:00:00'),
    (42, 402, 'bank_transfer', 'failed',    10.00, '2024-03-08 10:00:00'),
    (43, 403, 'card',          'succeeded', 10.00, '2024-03-08 10:00:00');
