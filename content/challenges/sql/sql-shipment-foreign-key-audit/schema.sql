CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    ordered_at  DATE    NOT NULL
);

CREATE TABLE warehouses (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL
);

CREATE TABLE carriers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

-- Copied from the logistics system: references are not enforced here.
CREATE TABLE shipments (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER,
    warehouse_id INTEGER,
    carrier_id   INTEGER,
    created_at   TIMESTAMP NOT NULL
);
