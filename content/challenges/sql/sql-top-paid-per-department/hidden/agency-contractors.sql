-- Contractors with NULL salary; Research has only contractors.
-- Breaks RANK() OVER (... ORDER BY salary DESC) without a NULL filter: in SQLite a department
-- with only NULL salaries gives its NULL rows rank 1.
INSERT INTO employees (id, name, department, salary) VALUES
    (1, 'Sven',   'Research', NULL),
    (2, 'Tamar',  'Research', NULL),
    (3, 'Uchenna', 'Marketing', NULL),
    (4, 'Valeria', 'Marketing', 87000),
    (5, 'Wen',    'Marketing',  87000);
