-- Days with a single trade: open = close = high = low. Grouping by symbol only
-- (forgetting the day) merges the three days into one candle.
INSERT INTO trades (trade_id, symbol, traded_at, price) VALUES
    (1, 'ADA-USD', '2024-06-01 10:00:00', 0.45),
    (2, 'ADA-USD', '2024-06-03 10:00:00', 0.47),
    (3, 'ADA-USD', '2024-06-02 22:10:00', 0.44);
