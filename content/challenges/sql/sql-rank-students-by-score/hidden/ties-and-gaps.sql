INSERT INTO students (id, name, score) VALUES
    (1, 'Zoe',   88),
    (2, 'Yusuf', 88),
    (3, 'Xena',  88),
    (4, 'Will',  70),
    (5, 'Vera',  70),
    (6, 'Uma',   55);
