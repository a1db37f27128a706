CREATE TABLE coin_volumes (
    trade_date DATE    NOT NULL,
    symbol     TEXT    NOT NULL,
    volume_usd INTEGER NOT NULL,
    PRIMARY KEY (trade_date, symbol)
);
