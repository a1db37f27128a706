-- Breaks `created_at BETWEEN '2024-03-01' AND '2024-03-31'`: on timestamps that upper bound
-- means midnight at the start of 31 March, so the evening failures on the 31st are lost.
INSERT INTO payments (id, customer_id, method, status, amount, created_at) VALUES
    (21, 201, 'card',   'failed',    15.00, '2024-03-31 18:30:00'),
    (22, 202, 'card',   'failed',    45.00, '2024-03-31 23:59:59'),
    (23, 203, 'card',   'failed',    15.00, '2024-03-10 09:00:00'),
    (24, 204, 'wallet', 'failed',    45.00, '2024-03-31 20:00:00'),
    (25, 205, 'card',   'succeeded', 15.00, '2024-03-31 21:00:00');
