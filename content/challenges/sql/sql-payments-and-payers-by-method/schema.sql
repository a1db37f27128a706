CREATE TABLE payments (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER,
    method      TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    amount      NUMERIC(10, 2) NOT NULL
);
