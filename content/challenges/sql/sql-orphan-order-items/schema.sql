CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    ordered_at  DATE    NOT NULL,
    status      TEXT    NOT NULL
);

-- No foreign key: the extracts are loaded independently.
CREATE TABLE order_items (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER,
    product_id INTEGER NOT NULL,
    quantity   INTEGER NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL
);
