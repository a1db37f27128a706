-- Step 1 counts per service (conditional aggregation keeps services with no errors);
-- step 2 turns the counts into a percentage. 100.0 avoids integer division.
WITH counts AS (
    SELECT
        service,
        COUNT(*) AS total_lines,
        SUM(CASE WHEN UPPER(level) = 'ERROR' THEN 1 ELSE 0 END) AS error_lines
    FROM app_logs
    GROUP BY service
)
SELECT
    service,
    total_lines,
    error_lines,
    ROUND(100.0 * error_lines / total_lines, 2) AS error_pct
FROM counts;
