INSERT INTO employees (id, name, department, salary) VALUES
    (1, 'Aisha',   'Data Engineering', 142000),
    (2, 'Bruno',   'Data Engineering', 128000),
    (3, 'Chiara',  'Data Engineering', 142000),
    (4, 'Dmitri',  'Analytics',         98000),
    (5, 'Efua',    'Analytics',        104000),
    (6, 'Farhan',  'Platform',         135000),
    (7, 'Greta',   'Platform',           NULL),
    (8, 'Hyun-woo', 'Platform',        119000);
