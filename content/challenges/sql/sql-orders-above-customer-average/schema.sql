CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER,
    ordered_at  DATE NOT NULL,
    order_total NUMERIC(10, 2) NOT NULL,
    status      TEXT NOT NULL
);
