-- Repeated salaries around the middle and NULL salaries mixed in.
-- Breaks positions taken from RANK()/DENSE_RANK() (ties share a position, so Support has no row at
-- position 3), medians over distinct salaries, and counting NULL rows (in SQLite they sort first and
-- shift Legal's middle position onto 150000).
INSERT INTO employees (id, name, department, salary) VALUES
    (1,  'Pia',     'Support', 60000),
    (2,  'Quentin', 'Support', 60000),
    (3,  'Rosa',    'Support', 60000),
    (4,  'Sanjay',  'Support', 90000),
    (5,  'Tove',    'Support', 55000),
    (6,  'Umar',    'Support', NULL),
    (7,  'Wanjiru', 'Legal',  180000),
    (8,  'Xiao',    'Legal',  NULL),
    (9,  'Yusuf',   'Legal',  150000),
    (10, 'Zainab',  'Legal',  NULL),
    (11, 'Ayo',     'Legal',  200000);
