INSERT INTO employees (id, name, department, salary) VALUES
    (1,  'Abebe',   'Data Engineering', 128000),
    (2,  'Birgit',  'Data Engineering', 135000),
    (3,  'Cyrus',   'Data Engineering', 310000),
    (4,  'Dalia',   'Analytics',         92000),
    (5,  'Emeka',   'Analytics',         99000),
    (6,  'Fumiko',  'Analytics',        104000),
    (7,  'Gideon',  'Analytics',        118000),
    (8,  'Hanna',   'Platform',         121000),
    (9,  'Ivan',    'Platform',           NULL);
