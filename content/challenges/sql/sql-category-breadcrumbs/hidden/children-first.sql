-- Children have lower ids than their parents and are inserted first; three top-level categories,
-- one of them with no children. Breaks answers that assume parent_id < category_id or a single root.
INSERT INTO categories (category_id, parent_id, name) VALUES
    (10, 40,   'Board Games'),
    (20, 10,   'Strategy'),
    (30, NULL, 'Garden'),
    (40, NULL, 'Toys'),
    (50, NULL, 'Books'),
    (5,  50,   'Fiction');
