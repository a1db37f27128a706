INSERT INTO fs_entries (entry_id, parent_id, name, entry_type, size_bytes) VALUES
    (1,  NULL, 'data',                  'dir',  NULL),
    (2,  1,    'raw',                   'dir',  NULL),
    (3,  1,    'curated',               'dir',  NULL),
    (4,  2,    'orders_2024-06-01.csv', 'file', 1200),
    (5,  2,    'orders_2024-06-02.csv', 'file', 1350),
    (6,  3,    'orders.parquet',        'file', 800),
    (7,  NULL, 'tmp',                   'dir',  NULL),
    (8,  1,    'README.md',             'file', 50),
    (9,  2,    'archive',               'dir',  NULL),
    (10, 9,    'orders_2024-05-31.csv', 'file', 1100);
