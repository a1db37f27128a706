CREATE TABLE product_changes (
    lsn          INTEGER PRIMARY KEY,
    product_id   INTEGER        NOT NULL,
    op           TEXT           NOT NULL,
    product_name TEXT           NOT NULL,
    price        NUMERIC(10, 2) NOT NULL,
    changed_at   TIMESTAMP      NOT NULL
);
