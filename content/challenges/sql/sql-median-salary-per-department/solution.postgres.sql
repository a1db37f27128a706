-- PostgreSQL has PERCENTILE_CONT, which interpolates between the two middle values and skips NULLs.
SELECT
    department,
    ROUND(CAST(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY salary) AS NUMERIC), 2) AS median_salary
FROM employees
GROUP BY department;
