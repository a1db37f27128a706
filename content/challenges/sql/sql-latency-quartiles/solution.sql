-- NTILE(4) hands out the extra rows to the first buckets; request_id makes the order total,
-- so equal latencies land in the same bucket every time.
SELECT
    request_id,
    endpoint,
    latency_ms,
    NTILE(4) OVER (PARTITION BY endpoint ORDER BY latency_ms, request_id) AS quartile
FROM api_requests;
