CREATE TABLE price_changes (
    sku            TEXT    NOT NULL,
    effective_from DATE    NOT NULL,
    unit_price     NUMERIC(10, 2) NOT NULL,
    PRIMARY KEY (sku, effective_from)
);

CREATE TABLE order_lines (
    order_id   INTEGER NOT NULL,
    line_no    INTEGER NOT NULL,
    order_date DATE    NOT NULL,
    sku        TEXT    NOT NULL,
    quantity   INTEGER NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
