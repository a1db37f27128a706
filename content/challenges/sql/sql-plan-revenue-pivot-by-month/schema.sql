CREATE TABLE invoices (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    plan        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    amount      NUMERIC(10, 2) NOT NULL,
    invoiced_on DATE    NOT NULL
);
