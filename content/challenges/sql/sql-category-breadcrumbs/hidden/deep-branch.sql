-- Six levels deep. Breaks a fixed chain of two or three self-joins instead of a recursive CTE.
INSERT INTO categories (category_id, parent_id, name) VALUES
    (1, NULL, 'Sports'),
    (2, 1,    'Cycling'),
    (3, 2,    'Bike Parts'),
    (4, 3,    'Drivetrain'),
    (5, 4,    'Chains'),
    (6, 5,    '12-speed'),
    (7, 1,    'Running');
