CREATE TABLE parts (
    part_id   INTEGER PRIMARY KEY,
    part_name TEXT NOT NULL UNIQUE
);

CREATE TABLE bom (
    parent_part_id INTEGER        NOT NULL REFERENCES parts (part_id),
    child_part_id  INTEGER        NOT NULL REFERENCES parts (part_id),
    quantity       NUMERIC(10, 3) NOT NULL,
    PRIMARY KEY (parent_part_id, child_part_id)
);
