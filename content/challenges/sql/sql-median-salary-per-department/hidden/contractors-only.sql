-- A department with only NULL salaries and a department with a single salary.
-- Breaks answers that drop departments without salaries instead of returning a NULL median.
INSERT INTO employees (id, name, department, salary) VALUES
    (1, 'Yara',   'Research', NULL),
    (2, 'Zoltan', 'Research', NULL),
    (3, 'Amaru',  'Design',   97000);
