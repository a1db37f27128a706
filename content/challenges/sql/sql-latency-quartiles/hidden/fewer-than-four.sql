-- Two requests fill buckets 1 and 2 only (a scaled formula jumps to 2 and 4); one request is bucket 1.
INSERT INTO api_requests (request_id, endpoint, latency_ms) VALUES
    ('x-1', '/health',   3),
    ('x-2', '/health',   9),
    ('y-1', '/metrics', 42);
