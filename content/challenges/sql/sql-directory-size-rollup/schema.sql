CREATE TABLE fs_entries (
    entry_id   INTEGER PRIMARY KEY,
    parent_id  INTEGER REFERENCES fs_entries (entry_id),
    name       TEXT    NOT NULL,
    entry_type TEXT    NOT NULL,
    size_bytes INTEGER
);
