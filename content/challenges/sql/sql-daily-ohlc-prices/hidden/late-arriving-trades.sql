-- Trade ids are in ingestion order, not time order: ordering by trade_id (or by insertion)
-- picks the wrong open and close. The day's first trade is also not its lowest price,
-- so MIN/MAX of the price cannot stand in for open/close.
INSERT INTO trades (trade_id, symbol, traded_at, price) VALUES
    (101, 'SOL-USD', '2024-04-20 12:00:00', 152.40),
    (102, 'SOL-USD', '2024-04-20 18:45:10', 149.95),
    (103, 'SOL-USD', '2024-04-20 01:10:00', 150.00),
    (104, 'SOL-USD', '2024-04-20 23:59:59', 151.10),
    (105, 'SOL-USD', '2024-04-20 06:30:00', 148.05),
    (106, 'SOL-USD', '2024-04-20 20:00:00', 153.00);
