INSERT INTO employees (id, name, department, salary) VALUES
    (3, 'Chen',  'Platform', 100000),
    (1, 'Ana',   'Data',     100000),
    (2, 'Bilal', 'Data',     100000);
