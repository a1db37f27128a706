CREATE TABLE trades (
    trade_id  BIGINT         PRIMARY KEY,
    symbol    TEXT           NOT NULL,
    traded_at TIMESTAMP      NOT NULL,
    price     NUMERIC(12, 2) NOT NULL
);
