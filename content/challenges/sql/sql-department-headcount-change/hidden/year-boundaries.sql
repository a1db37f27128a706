-- Dates exactly on 2024-01-01, 2024-12-31 and 2025-01-01.
-- Breaks <= / < mix-ups: someone hired on 2024-01-01 is a hire, not in the start headcount;
-- someone who left on 2024-01-01 is in the start headcount and a leaver; left_on 2025-01-01 still
-- counts at the end of 2024; hired_on 2025-01-01 counts nowhere.
INSERT INTO departments (department) VALUES
    ('Finance'),
    ('Treasury');

INSERT INTO employees (id, name, department, hired_on, left_on) VALUES
    (1, 'Jonas',  'Finance',  '2024-01-01', NULL),
    (2, 'Kalani', 'Treasury', '2022-06-01', '2024-01-01'),
    (3, 'Leila',  'Finance',  '2023-03-01', '2025-01-01'),
    (4, 'Marek',  'Finance',  '2025-01-01', NULL),
    (5, 'Nia',    'Finance',  '2023-12-31', '2024-12-31'),
    (6, 'Omar',   'Finance',  '2024-12-31', NULL);
