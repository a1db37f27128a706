INSERT INTO service_errors (service, day, errors) VALUES
    ('checkout', '2024-03-01', 12),
    ('checkout', '2024-03-02',  4),
    ('checkout', '2024-03-03',  9),
    ('checkout', '2024-03-04',  0),
    ('checkout', '2024-03-05', 21),
    ('checkout', '2024-03-06',  3),
    ('checkout', '2024-03-07',  5),
    ('checkout', '2024-03-08',  8),
    ('checkout', '2024-03-09',  1),
    ('payments', '2024-03-02',  2),
    ('payments', '2024-03-05', 40),
    ('payments', '2024-03-06',  6),
    ('payments', '2024-03-08',  1);
