CREATE TABLE dim_customer (
    customer_key INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL,
    segment      TEXT    NOT NULL,
    valid_from   DATE    NOT NULL,
    valid_to     DATE
);

CREATE TABLE orders (
    order_id    INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    order_date  DATE    NOT NULL,
    amount      NUMERIC(10, 2) NOT NULL
);
