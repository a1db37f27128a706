-- Two coins tie for third place: ROW_NUMBER() <= 3 drops one of them.
INSERT INTO coin_volumes (trade_date, symbol, volume_usd) VALUES
    ('2024-04-01', 'BTC', 900),
    ('2024-04-01', 'ETH', 700),
    ('2024-04-01', 'SOL', 500),
    ('2024-04-01', 'DOGE', 500),
    ('2024-04-01', 'ADA', 100);
