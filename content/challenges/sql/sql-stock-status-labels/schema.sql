CREATE TABLE products (
    sku           TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    on_hand       INTEGER,
    reorder_point INTEGER NOT NULL
);
