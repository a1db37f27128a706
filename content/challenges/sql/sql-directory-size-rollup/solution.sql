-- 1) Build the full path of every entry, top-down.
-- 2) A file lies below a directory when its path starts with the directory's path plus '/'.
--    The trailing '/' keeps /logs from matching /logs_old/...
WITH RECURSIVE paths (entry_id, entry_type, size_bytes, path) AS (
    SELECT entry_id, entry_type, size_bytes, '/' || name
    FROM fs_entries
    WHERE parent_id IS NULL
    UNION ALL
    SELECT e.entry_id, e.entry_type, e.size_bytes, p.path || '/' || e.name
    FROM fs_entries AS e
    JOIN paths AS p ON e.parent_id = p.entry_id
)
SELECT
    d.path                     AS dir_path,
    COUNT(f.entry_id)          AS file_count,
    COALESCE(SUM(f.size_bytes), 0) AS total_bytes
FROM paths AS d
LEFT JOIN paths AS f
    ON f.entry_type = 'file'
   AND substr(f.path, 1, length(d.path) + 1) = d.path || '/'
WHERE d.entry_type = 'dir'
GROUP BY d.entry_id, d.path;
