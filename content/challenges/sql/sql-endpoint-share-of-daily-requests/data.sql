INSERT INTO request_counts (day, endpoint, requests) VALUES
    ('2024-07-01', '/orders',   500),
    ('2024-07-01', '/search',   300),
    ('2024-07-01', '/login',    200),
    ('2024-07-02', '/orders',   400),
    ('2024-07-02', '/search',  1200),
    ('2024-07-02', '/login',    400);
