CREATE TABLE order_items (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    quantity   INTEGER NOT NULL
);

CREATE TABLE shipments (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL,
    warehouse_id INTEGER NOT NULL,
    shipped_on   DATE    NOT NULL
);

CREATE TABLE shipment_items (
    id          INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipments (id),
    product_id  INTEGER NOT NULL,
    quantity    INTEGER NOT NULL
);
