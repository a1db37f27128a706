-- A department with no employees and one whose people all left before 2024.
-- Breaks starting from employees with GROUP BY (departments vanish) and SUM over no rows (NULL, not 0).
INSERT INTO departments (department) VALUES
    ('Research'),
    ('Legal'),
    ('Support');

INSERT INTO employees (id, name, department, hired_on, left_on) VALUES
    (1, 'Priya',  'Legal',   '2018-05-01', '2022-05-01'),
    (2, 'Quique', 'Legal',   '2019-01-07', '2023-12-15'),
    (3, 'Rahel',  'Support', '2023-08-01', NULL);
