-- Nadia earns Finance's top salary but works in Support, where she is not the top earner.
-- Breaks WHERE salary IN (SELECT MAX(salary) ... GROUP BY department), which ignores the department.
INSERT INTO employees (id, name, department, salary) VALUES
    (1, 'Nadia',  'Support', 80000),
    (2, 'Oscar',  'Support', 95000),
    (3, 'Paulo',  'Finance', 80000),
    (4, 'Quinn',  'Finance', 72000),
    (5, 'Rania',  'Legal',  160000);
