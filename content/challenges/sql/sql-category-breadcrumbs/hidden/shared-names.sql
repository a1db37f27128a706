-- Two categories named Accessories and two named Cases, in different branches.
-- Breaks joining a child to its parent by name instead of by id.
INSERT INTO categories (category_id, parent_id, name) VALUES
    (1, NULL, 'Electronics'),
    (2, 1,    'Laptops'),
    (3, 1,    'Phones'),
    (4, 2,    'Accessories'),
    (5, 3,    'Accessories'),
    (6, 4,    'Cases'),
    (7, 5,    'Cases');
