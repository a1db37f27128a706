-- pos - 1 = f * (n - 1) with f = pct / 100. Integer arithmetic gives the whole part
-- (pct * (n - 1)) / 100 and the fraction ((pct * (n - 1)) % 100) / 100.0 exactly, on both engines.
WITH ranked AS (
    SELECT
        endpoint,
        latency_ms,
        ROW_NUMBER() OVER (PARTITION BY endpoint ORDER BY latency_ms) AS rn,
        COUNT(*) OVER (PARTITION BY endpoint) AS n
    FROM api_requests
    WHERE latency_ms IS NOT NULL
),
targets AS (
    SELECT DISTINCT endpoint, n, 50 AS pct FROM ranked
    UNION ALL
    SELECT DISTINCT endpoint, n, 90 AS pct FROM ranked
),
positions AS (
    SELECT
        endpoint,
        n,
        pct,
        1 + (pct * (n - 1)) / 100          AS k,
        ((pct * (n - 1)) % 100) / 100.0    AS d
    FROM targets
),
interpolated AS (
    SELECT
        p.endpoint,
        p.n,
        p.pct,
        -- When d = 0 there may be no row k + 1 (k = n); the COALESCE keeps v_k.
        lo.latency_ms + p.d * (COALESCE(hi.latency_ms, lo.latency_ms) - lo.latency_ms) AS value_ms
    FROM positions AS p
    JOIN ranked AS lo ON lo.endpoint = p.endpoint AND lo.rn = p.k
    LEFT JOIN ranked AS hi ON hi.endpoint = p.endpoint AND hi.rn = p.k + 1
)
SELECT
    endpoint,
    n AS request_count,
    ROUND(MAX(CASE WHEN pct = 50 THEN value_ms END), 2) AS p50_ms,
    ROUND(MAX(CASE WHEN pct = 90 THEN value_ms END), 2) AS p90_ms
FROM interpolated
GROUP BY endpoint, n;
