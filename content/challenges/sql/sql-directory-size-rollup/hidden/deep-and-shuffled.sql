-- Five levels deep, children inserted before parents with lower ids.
-- Breaks summing only the files directly inside each directory.
INSERT INTO fs_entries (entry_id, parent_id, name, entry_type, size_bytes) VALUES
    (1, 2,    'part-0000.parquet', 'file', 4096),
    (2, 3,    'hour=07',           'dir',  NULL),
    (3, 4,    'day=14',            'dir',  NULL),
    (4, 5,    'month=06',          'dir',  NULL),
    (5, 6,    'year=2024',         'dir',  NULL),
    (6, NULL, 'events',            'dir',  NULL),
    (7, 3,    'hour=08',           'dir',  NULL),
    (8, 7,    'part-0000.parquet', 'file', 1024),
    (9, 7,    'part-0001.parquet', 'file', 2048);
