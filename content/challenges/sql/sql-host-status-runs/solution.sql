-- 1. Flag the checks whose status differs from the host's previous check (the first check too).
-- 2. A running SUM of the flags numbers the periods within each host.
-- 3. Aggregate each period; LEAD over the periods gives the start of the next one.
WITH flagged AS (
    SELECT
        host,
        checked_at,
        status,
        CASE WHEN status = LAG(status) OVER (PARTITION BY host ORDER BY checked_at)
             THEN 0 ELSE 1 END AS starts_period
    FROM status_checks
),
numbered AS (
    SELECT
        host,
        checked_at,
        status,
        SUM(starts_period) OVER (
            PARTITION BY host
            ORDER BY checked_at
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS period_no
    FROM flagged
),
periods AS (
    SELECT host, period_no, status, MIN(checked_at) AS started_at, COUNT(*) AS checks
    FROM numbered
    GROUP BY host, period_no, status
)
SELECT
    host,
    status,
    started_at,
    LEAD(started_at) OVER (PARTITION BY host ORDER BY started_at) AS ended_at,
    checks
FROM periods
ORDER BY host, started_at;
