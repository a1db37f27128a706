-- Shares like 33.33 %: integer division (100 * requests / SUM(requests)) truncates them.
INSERT INTO request_counts (day, endpoint, requests) VALUES
    ('2024-08-05', '/orders',  1),
    ('2024-08-05', '/search',  1),
    ('2024-08-05', '/login',   1),
    ('2024-08-06', '/orders',  7),
    ('2024-08-06', '/search',  2),
    ('2024-08-06', '/health',  0);
