WITH RECURSIVE chart (id, level) AS (
    SELECT id, 1
    FROM employees
    WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, chart.level + 1
    FROM employees AS e
    JOIN chart ON e.manager_id = chart.id
)
SELECT
    e.name,
    m.name AS manager_name,
    chart.level
FROM chart
JOIN employees AS e ON e.id = chart.id
LEFT JOIN employees AS m ON m.id = e.manager_id;
