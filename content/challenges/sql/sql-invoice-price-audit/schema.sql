CREATE TABLE list_prices (
    sku        TEXT NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL,
    valid_from DATE NOT NULL,
    valid_to   DATE,
    PRIMARY KEY (sku, valid_from)
);

CREATE TABLE contract_prices (
    customer_id INTEGER NOT NULL,
    sku         TEXT    NOT NULL,
    unit_price  NUMERIC(10, 2) NOT NULL,
    valid_from  DATE    NOT NULL,
    valid_to    DATE,
    PRIMARY KEY (customer_id, sku, valid_from)
);

CREATE TABLE invoice_lines (
    invoice_id        INTEGER NOT NULL,
    line_no           INTEGER NOT NULL,
    customer_id       INTEGER NOT NULL,
    sku               TEXT    NOT NULL,
    invoiced_on       DATE    NOT NULL,
    quantity          INTEGER NOT NULL,
    billed_unit_price NUMERIC(10, 2) NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);
