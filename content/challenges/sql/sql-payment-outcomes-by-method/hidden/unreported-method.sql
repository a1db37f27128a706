-- Attempts without a method are grouped as 'unknown'. Breaks GROUP BY method with no COALESCE
-- (the group's key comes out NULL).
INSERT INTO payment_attempts (id, subscription_id, method, status, amount, attempted_at) VALUES
    (31, 300, NULL,     'failed',    15.00, '2024-06-02 08:00:00'),
    (32, 301, NULL,     'succeeded', 15.00, '2024-06-02 08:00:00'),
    (33, 302, NULL,     'failed',    15.00, '2024-06-02 08:00:00'),
    (34, 303, NULL,     'succeeded', 15.00, '2024-06-02 08:00:00'),
    (35, 304, 'paypal', 'succeeded', 15.00, '2024-06-02 08:00:00'),
    (36, 305, 'paypal', 'failed',    15.00, '2024-06-02 08:00:00'),
    (37, 306, 'paypal', 'succeeded', 15.00, '2024-06-02 08:00:00'),
    (38, 307, 'paypal', 'succeeded', 15.00, '2024-06-02 08:00:00'),
    (39, 308, 'paypal', 'succeeded', 15.00, '2024-06-02 08:00:00'),
    (40, 309, 'paypal', 'succeeded', 15.00, '2024-06-02 08:00:00'),
    (41, 310, 'paypal', 'succeeded', 15.00, '2024-06-02 08:00:00');
