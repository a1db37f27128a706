-- Eight levels, inserted bottom-up so a join on insertion order does not help.
INSERT INTO employees (id, name, manager_id) VALUES
    (8, 'L8', 7),
    (7, 'L7', 6),
    (6, 'L6', 5),
    (5, 'L5', 4),
    (4, 'L4', 3),
    (3, 'L3', 2),
    (2, 'L2', 1),
    (1, 'L1', NULL),
    (9, 'L2b', 1);
