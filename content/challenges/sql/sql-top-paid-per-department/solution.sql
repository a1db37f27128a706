-- RANK gives every tied top earner rank 1; NULL salaries are filtered out first.
WITH ranked AS (
    SELECT
        department,
        name,
        salary,
        RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_rank
    FROM employees
    WHERE salary IS NOT NULL
)
SELECT department, name, salary
FROM ranked
WHERE salary_rank = 1;
