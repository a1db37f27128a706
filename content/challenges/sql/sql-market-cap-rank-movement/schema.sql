CREATE TABLE market_caps (
    snapshot_date  DATE    NOT NULL,
    symbol         TEXT    NOT NULL,
    market_cap_usd BIGINT  NOT NULL,
    PRIMARY KEY (snapshot_date, symbol)
);
