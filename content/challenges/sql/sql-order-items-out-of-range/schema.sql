-- No constraints: this is the raw feed the check runs on.
CREATE TABLE order_items (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    quantity     INTEGER,
    unit_price   NUMERIC(10, 2),
    discount_pct NUMERIC(5, 2)
);
