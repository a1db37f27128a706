-- FIRST_VALUE/LAST_VALUE need a frame covering the whole day: with the default frame
-- (RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) LAST_VALUE returns the current row's price.
-- Every row of a day carries the same candle, so DISTINCT keeps one copy.
SELECT DISTINCT
    symbol,
    date(traded_at) AS trade_date,
    FIRST_VALUE(price) OVER day_trades AS open_price,
    LAST_VALUE(price)  OVER day_trades AS close_price,
    MAX(price) OVER (PARTITION BY symbol, date(traded_at)) AS high_price,
    MIN(price) OVER (PARTITION BY symbol, date(traded_at)) AS low_price,
    COUNT(*)   OVER (PARTITION BY symbol, date(traded_at)) AS trade_count
FROM trades
WINDOW day_trades AS (
    PARTITION BY symbol, date(traded_at)
    ORDER BY traded_at, trade_id
    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
);
