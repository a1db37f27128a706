-- n = 4 and n = 11, inserted unsorted: p90 falls between two values (position 3.7) or exactly on one.
-- Breaks nearest-rank percentiles (picking a single row), integer arithmetic that drops the
-- fractional part of the position, and ranking in insertion order.
INSERT INTO api_requests (request_id, requested_at, endpoint, status_code, latency_ms) VALUES
    (1,  '2024-10-02 08:00:00', '/payments', 200, 40),
    (2,  '2024-10-02 08:00:01', '/payments', 200, 10),
    (3,  '2024-10-02 08:00:02', '/payments', 200, 30),
    (4,  '2024-10-02 08:00:03', '/payments', 200, 20),
    (5,  '2024-10-02 08:00:00', '/users',    200, 100),
    (6,  '2024-10-02 08:00:01', '/users',    200,  90),
    (7,  '2024-10-02 08:00:02', '/users',    200,  80),
    (8,  '2024-10-02 08:00:03', '/users',    200,  70),
    (9,  '2024-10-02 08:00:04', '/users',    200,  60),
    (10, '2024-10-02 08:00:05', '/users',    200,  50),
    (11, '2024-10-02 08:00:06', '/users',    200,  40),
    (12, '2024-10-02 08:00:07', '/users',    200,  30),
    (13, '2024-10-02 08:00:08', '/users',    200,  20),
    (14, '2024-10-02 08:00:09', '/users',    200,  10),
    (15, '2024-10-02 08:00:10', '/users',    200, 250);
