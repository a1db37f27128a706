CREATE TABLE daily_closes (
    symbol      TEXT           NOT NULL,
    close_date  DATE           NOT NULL,
    close_price NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (symbol, close_date)
);
