-- Only two payments succeeded; both are returned, and nothing pads the result.
INSERT INTO payments (id, customer_id, status, amount, created_at) VALUES
    (4001, 41, 'succeeded', 35.00, '2024-07-01 09:00:00'),
    (4002, 42, 'failed',    95.00, '2024-07-01 10:00:00'),
    (4003, 43, 'succeeded', 35.00, '2024-06-30 09:00:00');
