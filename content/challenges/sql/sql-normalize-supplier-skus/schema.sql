CREATE TABLE supplier_feed (
    line_id  INTEGER PRIMARY KEY,
    raw_sku  TEXT    NOT NULL,
    quantity INTEGER NOT NULL
);
