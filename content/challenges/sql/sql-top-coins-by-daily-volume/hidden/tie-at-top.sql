-- Two coins tie for first, so the next volume ranks 3 and the one after ranks 4:
-- DENSE_RANK() <= 3 wrongly keeps LTC.
INSERT INTO coin_volumes (trade_date, symbol, volume_usd) VALUES
    ('2024-04-02', 'BTC', 1000),
    ('2024-04-02', 'ETH', 1000),
    ('2024-04-02', 'SOL',  600),
    ('2024-04-02', 'LTC',  300),
    ('2024-04-03', 'BTC',  800),
    ('2024-04-03', 'ETH',  200);
