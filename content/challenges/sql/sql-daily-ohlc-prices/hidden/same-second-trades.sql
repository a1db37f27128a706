-- Two fills share the day's first second and two share its last second. Joining back on
-- MIN/MAX(traded_at) returns two rows per candle; the lower trade_id opens and the higher one closes.
-- Inserted higher id first: ordering by traded_at alone leaves same-second ties in arrival order.
INSERT INTO trades (trade_id, symbol, traded_at, price) VALUES
    (7, 'ETH-USD', '2024-05-02 08:00:00', 3001.00),
    (3, 'ETH-USD', '2024-05-02 08:00:00', 2999.50),
    (5, 'ETH-USD', '2024-05-02 12:30:00', 3050.00),
    (9, 'ETH-USD', '2024-05-02 17:00:00', 3012.25),
    (4, 'ETH-USD', '2024-05-02 17:00:00', 3008.75);
