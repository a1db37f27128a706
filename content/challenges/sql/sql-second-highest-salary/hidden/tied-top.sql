INSERT INTO employees (id, name, department, salary) VALUES
    (1, 'Ana',   'Data',     150000),
    (2, 'Bilal', 'Data',     150000),
    (3, 'Chen',  'Platform', 130000),
    (4, 'Dara',  'Platform', 130000),
    (5, 'Eli',   'Data',      90000);
