-- PostgreSQL has the function the problem describes. PERCENTILE_CONT skips NULLs and returns
-- double precision, so cast to NUMERIC before rounding.
SELECT
    endpoint,
    COUNT(latency_ms) AS request_count,
    ROUND(CAST(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY latency_ms) AS NUMERIC), 2) AS p50_ms,
    ROUND(CAST(PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY latency_ms) AS NUMERIC), 2) AS p90_ms
FROM api_requests
WHERE latency_ms IS NOT NULL
GROUP BY endpoint;
