-- A day with no traffic at all (pct_of_day NULL) next to a day whose endpoints differ:
-- totals taken over the whole table, or per endpoint, give wrong shares.
INSERT INTO request_counts (day, endpoint, requests) VALUES
    ('2024-12-25', '/orders',   0),
    ('2024-12-25', '/login',    0),
    ('2024-12-26', '/orders', 250),
    ('2024-12-26', '/export', 750),
    ('2024-12-27', '/orders', 125);
