INSERT INTO api_requests (request_id, endpoint, latency_ms) VALUES
    ('req-001', '/checkout',  420),
    ('req-002', '/checkout',   95),
    ('req-003', '/search',     40),
    ('req-004', '/checkout',  180),
    ('req-005', '/checkout', 1250),
    ('req-006', '/search',     35),
    ('req-007', '/checkout',  210),
    ('req-008', '/checkout',  130),
    ('req-009', '/search',     88),
    ('req-010', '/checkout',  660),
    ('req-011', '/checkout',  300),
    ('req-012', '/search',     52);
