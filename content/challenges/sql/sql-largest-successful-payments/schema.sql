CREATE TABLE payments (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    status      TEXT    NOT NULL,
    amount      NUMERIC(10, 2) NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
