-- The scalar subquery yields NULL when there is no second distinct salary,
-- so the outer SELECT always returns exactly one row.
SELECT (
    SELECT DISTINCT salary
    FROM employees
    ORDER BY salary DESC
    LIMIT 1 OFFSET 1
) AS second_highest_salary;
