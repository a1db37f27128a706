-- An endpoint with one request, and one where most latencies are equal.
-- Breaks answers that need a next row to interpolate (n = 1) and positions taken from RANK().
INSERT INTO api_requests (request_id, requested_at, endpoint, status_code, latency_ms) VALUES
    (1, '2024-10-04 10:00:00', '/login',   200, 77),
    (2, '2024-10-04 10:00:00', '/catalog', 200, 15),
    (3, '2024-10-04 10:00:01', '/catalog', 200, 15),
    (4, '2024-10-04 10:00:02', '/catalog', 200, 15),
    (5, '2024-10-04 10:00:03', '/catalog', 200, 15),
    (6, '2024-10-04 10:00:04', '/catalog', 200, 15),
    (7, '2024-10-04 10:00:05', '/catalog', 200, 90);
