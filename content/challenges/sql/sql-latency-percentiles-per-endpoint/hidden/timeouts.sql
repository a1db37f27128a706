-- Timed-out requests (NULL latency), including an endpoint with nothing but timeouts.
-- Breaks COUNT(*) over all rows (NULLs shift every position; in SQLite they also sort first) and
-- answers that return the all-timeout endpoint with NULL percentiles.
INSERT INTO api_requests (request_id, requested_at, endpoint, status_code, latency_ms) VALUES
    (1, '2024-10-03 09:00:00', '/export', 504, NULL),
    (2, '2024-10-03 09:00:01', '/export', 200, 300),
    (3, '2024-10-03 09:00:02', '/export', 504, NULL),
    (4, '2024-10-03 09:00:03', '/export', 200, 500),
    (5, '2024-10-03 09:00:04', '/export', 200, 400),
    (6, '2024-10-03 09:00:05', '/report', 504, NULL),
    (7, '2024-10-03 09:00:06', '/report', 504, NULL);
