-- Nested directories without any file, and a zero-byte file.
-- Breaks an inner join from directories to files (empty directories vanish) and COUNT(*) over a
-- left join (an empty directory would count 1 file) or counting subdirectories as files.
INSERT INTO fs_entries (entry_id, parent_id, name, entry_type, size_bytes) VALUES
    (1, NULL, 'staging',  'dir',  NULL),
    (2, 1,    'incoming', 'dir',  NULL),
    (3, 2,    'batch_01', 'dir',  NULL),
    (4, 1,    'processed', 'dir', NULL),
    (5, 4,    '_SUCCESS', 'file', 0);
