CREATE TABLE products (
    product_id   INTEGER PRIMARY KEY,
    product_name TEXT NOT NULL,
    category     TEXT NOT NULL
);

CREATE TABLE order_items (
    order_id   INTEGER        NOT NULL,
    product_id INTEGER        NOT NULL REFERENCES products (product_id),
    quantity   INTEGER        NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL
);
