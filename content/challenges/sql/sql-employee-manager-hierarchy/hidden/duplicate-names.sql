-- Two people called Sam: the manager is found by id, never by name.
INSERT INTO employees (id, name, manager_id) VALUES
    (1, 'Sam', NULL),
    (2, 'Sam', 1),
    (3, 'Ada', 2),
    (4, 'Bea', 1);
