CREATE TABLE products (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    reorder_point INTEGER NOT NULL
);

CREATE TABLE warehouses (
    id     INTEGER PRIMARY KEY,
    code   TEXT    NOT NULL,
    active INTEGER NOT NULL   -- 1 = open, 0 = closed
);

CREATE TABLE inventory (
    warehouse_id INTEGER NOT NULL REFERENCES warehouses (id),
    product_id   INTEGER NOT NULL REFERENCES products (id),
    on_hand      INTEGER NOT NULL,
    PRIMARY KEY (warehouse_id, product_id)
);
