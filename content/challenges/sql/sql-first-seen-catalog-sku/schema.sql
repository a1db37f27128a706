CREATE TABLE catalog_feed (
    feed_row_id  INTEGER PRIMARY KEY,
    sku          TEXT,
    product_name TEXT           NOT NULL,
    price        NUMERIC(10, 2) NOT NULL,
    loaded_at    TIMESTAMP      NOT NULL
);
