-- COUNT(col) skips NULLs, so COUNT(*) - COUNT(col) is the NULL count.
-- 100.0 forces decimal division; NULLIF makes an empty table give NULL instead of dividing by zero.
-- An aggregate without GROUP BY always returns exactly one row, even on an empty table.
SELECT
    COUNT(*) AS total_rows,
    ROUND(100.0 * (COUNT(*) - COUNT(email))   / NULLIF(COUNT(*), 0), 2) AS email_null_pct,
    ROUND(100.0 * (COUNT(*) - COUNT(phone))   / NULLIF(COUNT(*), 0), 2) AS phone_null_pct,
    ROUND(100.0 * (COUNT(*) - COUNT(country)) / NULLIF(COUNT(*), 0), 2) AS country_null_pct
FROM customers;
