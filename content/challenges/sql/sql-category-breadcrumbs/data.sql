INSERT INTO categories (category_id, parent_id, name) VALUES
    (1, NULL, 'Electronics'),
    (2, 1,    'Computers'),
    (3, 2,    'Laptops'),
    (4, 2,    'Monitors'),
    (5, 1,    'Audio'),
    (6, 5,    'Headphones'),
    (7, NULL, 'Home & Kitchen'),
    (8, 7,    'Coffee Machines');
