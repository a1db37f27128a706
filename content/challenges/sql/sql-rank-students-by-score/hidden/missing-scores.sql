INSERT INTO students (id, name, score) VALUES
    (7, 'Gus',   NULL),
    (3, 'Hana',  100),
    (9, 'Ivo',   0),
    (1, 'Jia',   NULL),
    (5, 'Kai',   100);
