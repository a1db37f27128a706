-- SOL crashes early, then rallies to a new high: (MIN - MAX) / MAX over the whole history
-- measures the early low against the later high (-60 %), but the real drawdown is -40 %.
-- MSFT only rises (0), inserted newest first.
INSERT INTO daily_closes (symbol, close_date, close_price) VALUES
    ('SOL',  '2024-04-01', 100.50),
    ('SOL',  '2024-04-02',  60.30),
    ('SOL',  '2024-04-03', 150.75),
    ('SOL',  '2024-04-04', 140.20),
    ('MSFT', '2024-04-04', 421.65),
    ('MSFT', '2024-04-03', 420.45),
    ('MSFT', '2024-04-02', 415.10),
    ('MSFT', '2024-04-01', 410.85);
