CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    order_total NUMERIC(10, 2) NOT NULL
);

-- Loaded from the provider's feed: no foreign key to orders.
CREATE TABLE payments (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER,
    amount   NUMERIC(10, 2) NOT NULL,
    status   TEXT NOT NULL,
    paid_at  TIMESTAMP NOT NULL
);
