CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER   NOT NULL,
    ordered_at  TIMESTAMP NOT NULL
);

CREATE TABLE order_items (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders (id),
    product_id INTEGER NOT NULL,
    quantity   INTEGER NOT NULL
);
