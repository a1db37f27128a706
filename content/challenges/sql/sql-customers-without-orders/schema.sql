CREATE TABLE customers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id),
    amount      NUMERIC(10, 2) NOT NULL,
    ordered_at  TEXT NOT NULL
);
