INSERT INTO employees (id, name, manager_id) VALUES
    (1, 'Grace',  NULL),
    (2, 'Hiro',   1),
    (3, 'Imani',  1),
    (4, 'Jonas',  2),
    (5, 'Keiko',  2),
    (6, 'Luis',   3);
