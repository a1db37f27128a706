INSERT INTO employees (id, name, department, salary) VALUES
    (1, 'Ana',   'Data',      120000),
    (2, 'Bilal', 'Data',       95000),
    (3, 'Chen',  'Platform',  105000),
    (4, 'Dara',  'Platform',   88000),
    (5, 'Eli',   'Analytics',  99000);
