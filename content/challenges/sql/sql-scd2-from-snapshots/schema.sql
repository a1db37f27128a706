CREATE TABLE customer_snapshots (
    snapshot_date DATE    NOT NULL,
    customer_id   INTEGER NOT NULL,
    tier          TEXT,
    PRIMARY KEY (snapshot_date, customer_id)
);
