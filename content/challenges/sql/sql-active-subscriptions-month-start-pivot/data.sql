INSERT INTO subscriptions (id, customer_id, plan, started_on, ended_on) VALUES
    (1, 10, 'basic',   '2023-06-10', NULL),
    (2, 11, 'basic',   '2023-11-02', '2024-02-15'),
    (3, 12, 'pro',     '2023-12-20', NULL),
    (4, 13, 'pro',     '2024-01-15', NULL),
    (5, 14, 'basic',   '2024-02-10', '2024-02-25'),
    (6, 15, 'premium', '2022-09-01', '2024-01-20'),
    (7, 16, 'pro',     '2023-03-03', '2023-12-01');
