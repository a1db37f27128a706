-- Equal latencies inserted in descending request_id order: NTILE ordered by latency alone
-- puts them in buckets by arrival order, not by request_id. RANK-based formulas keep ties together.
INSERT INTO api_requests (request_id, endpoint, latency_ms) VALUES
    ('r-6', '/export', 500),
    ('r-5', '/export', 500),
    ('r-4', '/export', 500),
    ('r-3', '/export', 500),
    ('r-2', '/export', 500),
    ('r-1', '/export', 100);
