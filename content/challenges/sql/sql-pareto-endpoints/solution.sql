-- A ROWS frame makes the running total advance one endpoint at a time, even through ties.
-- "Before it < 80 % of total" is tested in integers (5 * before < 4 * total), so there is
-- no rounding or floating-point error at the boundary.
WITH running AS (
    SELECT
        endpoint,
        requests,
        SUM(requests) OVER (
            ORDER BY requests DESC, endpoint
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS cumulative,
        SUM(requests) OVER () AS total
    FROM endpoint_traffic
)
SELECT
    endpoint,
    requests,
    ROUND(100.0 * cumulative / total, 2) AS cumulative_pct
FROM running
WHERE 5 * (cumulative - requests) < 4 * total
ORDER BY requests DESC, endpoint;
