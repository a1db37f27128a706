-- Sibling directories whose names share a prefix (logs, logs_old; app, app2).
-- Breaks matching descendants with LIKE dir_path || '%' (no trailing slash), which makes /logs
-- swallow the files of /logs_old and /logs/app swallow /logs/app2.
INSERT INTO fs_entries (entry_id, parent_id, name, entry_type, size_bytes) VALUES
    (1, NULL, 'logs',      'dir',  NULL),
    (2, NULL, 'logs_old',  'dir',  NULL),
    (3, 1,    'app',       'dir',  NULL),
    (4, 1,    'app2',      'dir',  NULL),
    (5, 3,    'app.log',   'file', 300),
    (6, 4,    'app2.log',  'file', 700),
    (7, 2,    'app.log.1', 'file', 5000);
