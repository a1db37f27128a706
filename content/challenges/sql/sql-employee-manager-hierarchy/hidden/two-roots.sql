INSERT INTO employees (id, name, manager_id) VALUES
    (1, 'Founder', NULL),
    (2, 'CEO',     NULL),
    (3, 'CTO',     2),
    (4, 'Advisor', 1),
    (5, 'Engineer', 3);
