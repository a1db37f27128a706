INSERT INTO students (id, name, score) VALUES
    (1, 'Amara',  91),
    (2, 'Bo',     78),
    (3, 'Carmen', 85),
    (4, 'Dev',    91),
    (5, 'Erin',   64);
