-- 10 and 5 requests per endpoint: CEIL(4.0 * ROW_NUMBER() / COUNT(*)) spreads them 2-3-2-3 / 1-1-1-2,
-- NTILE gives 3-3-2-2 / 2-1-1-1.
INSERT INTO api_requests (request_id, endpoint, latency_ms) VALUES
    ('a01', '/orders', 110), ('a02', '/orders', 120), ('a03', '/orders', 130),
    ('a04', '/orders', 140), ('a05', '/orders', 150), ('a06', '/orders', 160),
    ('a07', '/orders', 170), ('a08', '/orders', 180), ('a09', '/orders', 190),
    ('a10', '/orders', 200),
    ('b01', '/login', 15), ('b02', '/login', 25), ('b03', '/login', 35),
    ('b04', '/login', 45), ('b05', '/login', 55);
