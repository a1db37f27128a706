-- Three people share the top salary. Breaks ROW_NUMBER() = 1, which keeps only one of them.
INSERT INTO employees (id, name, department, salary) VALUES
    (1, 'Ines',   'Security', 150000),
    (2, 'Jakob',  'Security', 150000),
    (3, 'Kemi',   'Security', 150000),
    (4, 'Lorenzo', 'Security', 149999),
    (5, 'Mei',    'Finance',   91000);
