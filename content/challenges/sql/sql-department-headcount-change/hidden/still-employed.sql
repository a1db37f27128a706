-- Mostly NULL left_on (still employed) plus a hire-and-leave within 2024.
-- Breaks "left_on >= date" tests that forget NULL (current staff vanish from both headcounts).
INSERT INTO departments (department) VALUES
    ('Security');

INSERT INTO employees (id, name, department, hired_on, left_on) VALUES
    (1, 'Sione',  'Security', '2017-02-01', NULL),
    (2, 'Tereza', 'Security', '2021-11-15', NULL),
    (3, 'Ugo',    'Security', '2024-04-01', '2024-08-01'),
    (4, 'Vilja',  'Security', '2024-09-09', NULL);
