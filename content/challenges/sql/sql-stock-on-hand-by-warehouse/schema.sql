CREATE TABLE stock_movements (
    id            INTEGER PRIMARY KEY,
    sku           TEXT    NOT NULL,
    warehouse     TEXT    NOT NULL,
    movement_type TEXT    NOT NULL,
    quantity      INTEGER NOT NULL,
    moved_at      TIMESTAMP NOT NULL
);
