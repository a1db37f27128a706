INSERT INTO departments (department) VALUES
    ('Data Engineering'),
    ('Analytics'),
    ('Platform');

INSERT INTO employees (id, name, department, hired_on, left_on) VALUES
    (1, 'Adaeze',  'Data Engineering', '2021-04-12', NULL),
    (2, 'Bjorn',   'Data Engineering', '2022-09-01', '2024-06-30'),
    (3, 'Camila',  'Data Engineering', '2024-03-18', NULL),
    (4, 'Darius',  'Data Engineering', '2024-05-06', NULL),
    (5, 'Elif',    'Analytics',        '2020-01-15', NULL),
    (6, 'Farida',  'Analytics',        '2023-02-01', '2023-11-30'),
    (7, 'Goran',   'Analytics',        '2024-02-12', '2024-10-01'),
    (8, 'Hamid',   'Platform',         '2019-07-01', '2024-09-15'),
    (9, 'Ingrid',  'Platform',         '2022-01-10', NULL);
