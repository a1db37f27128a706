-- Days with only one coin, inserted out of date order: each coin ranks 1 on its own day
-- (a ranking that forgets PARTITION BY trade_date ranks them against each other).
INSERT INTO coin_volumes (trade_date, symbol, volume_usd) VALUES
    ('2024-05-04', 'BTC', 10),
    ('2024-05-02', 'BTC', 40),
    ('2024-05-03', 'BTC', 30),
    ('2024-05-01', 'BTC', 20);
