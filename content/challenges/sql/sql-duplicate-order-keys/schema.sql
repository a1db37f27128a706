-- No primary key on purpose: this is the landing table of the feed.
CREATE TABLE staging_orders (
    order_id    INTEGER,
    customer_id INTEGER,
    total       NUMERIC(10, 2),
    loaded_at   TIMESTAMP NOT NULL
);
