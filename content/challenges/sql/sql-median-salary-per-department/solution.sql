-- Number each department's salaries 1..n. The middle positions are (n + 1) / 2 and (n + 2) / 2
-- in integer division: the same position when n is odd, the two middle ones when n is even.
WITH numbered AS (
    SELECT
        department,
        salary,
        ROW_NUMBER() OVER (PARTITION BY department ORDER BY salary) AS rn,
        COUNT(*) OVER (PARTITION BY department) AS n
    FROM employees
    WHERE salary IS NOT NULL
),
medians AS (
    SELECT department, AVG(salary) AS median_salary
    FROM numbered
    WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
    GROUP BY department
),
departments AS (
    SELECT DISTINCT department FROM employees
)
SELECT d.department, ROUND(m.median_salary, 2) AS median_salary
FROM departments AS d
LEFT JOIN medians AS m ON m.department = d.department;
