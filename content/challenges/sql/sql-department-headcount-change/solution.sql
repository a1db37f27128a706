-- Step 1: flag each employment against the four definitions.
-- Step 2: add the flags per department.
-- Step 3: start from departments so empty ones still appear with zeros.
WITH flags AS (
    SELECT
        department,
        CASE WHEN hired_on < '2024-01-01'
              AND (left_on IS NULL OR left_on >= '2024-01-01') THEN 1 ELSE 0 END AS at_start,
        CASE WHEN hired_on >= '2024-01-01' AND hired_on < '2025-01-01' THEN 1 ELSE 0 END AS is_hire,
        CASE WHEN left_on >= '2024-01-01' AND left_on < '2025-01-01' THEN 1 ELSE 0 END AS is_leaver,
        CASE WHEN hired_on < '2025-01-01'
              AND (left_on IS NULL OR left_on >= '2025-01-01') THEN 1 ELSE 0 END AS at_end
    FROM employees
),
per_department AS (
    SELECT
        department,
        SUM(at_start)  AS start_headcount,
        SUM(is_hire)   AS hires,
        SUM(is_leaver) AS leavers,
        SUM(at_end)    AS end_headcount
    FROM flags
    GROUP BY department
)
SELECT
    d.department,
    COALESCE(p.start_headcount, 0) AS start_headcount,
    COALESCE(p.hires, 0)           AS hires,
    COALESCE(p.leavers, 0)         AS leavers,
    COALESCE(p.end_headcount, 0)   AS end_headcount
FROM departments AS d
LEFT JOIN per_department AS p ON p.department = d.department;
