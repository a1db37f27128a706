CREATE TABLE orders (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL,
    ordered_on    DATE    NOT NULL,
    promised_date DATE    NOT NULL
);

CREATE TABLE shipments (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders (id),
    warehouse_id INTEGER NOT NULL,
    shipped_on   DATE    NOT NULL
);
