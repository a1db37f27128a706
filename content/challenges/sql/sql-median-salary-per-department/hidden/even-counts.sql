-- Even-sized departments whose two middle salaries are an odd sum apart, inserted unsorted.
-- Breaks picking only the lower (or upper) middle row, and (a + b) / 2 on integers, which truncates .5.
INSERT INTO employees (id, name, department, salary) VALUES
    (1, 'Jae',    'Security', 150001),
    (2, 'Kofi',   'Security',  90000),
    (3, 'Lena',   'Security', 200000),
    (4, 'Mateo',  'Security', 120000),
    (5, 'Nour',   'Finance',   70000),
    (6, 'Olu',    'Finance',   75001);
