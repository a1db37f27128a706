-- One pass, one SUM(CASE ...) per status. 100.0 makes the percentage a decimal division
-- on both SQLite and PostgreSQL, where integer / integer truncates.
SELECT
    COALESCE(method, 'unknown') AS method,
    SUM(CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END) AS succeeded,
    SUM(CASE WHEN status = 'failed'    THEN 1 ELSE 0 END) AS failed,
    SUM(CASE WHEN status = 'refunded'  THEN 1 ELSE 0 END) AS refunded,
    COUNT(*) AS attempts,
    ROUND(100.0 * SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) / COUNT(*), 1) AS failure_pct
FROM payment_attempts
GROUP BY COALESCE(method, 'unknown');
