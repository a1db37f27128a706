-- Rows out of date order and tickers interleaved: the running peak must be ordered by
-- close_date and partitioned by symbol. A single row ticker has drawdown 0.
INSERT INTO daily_closes (symbol, close_date, close_price) VALUES
    ('AMZN', '2024-06-05', 180.00),
    ('TSLA', '2024-06-03', 178.08),
    ('AMZN', '2024-06-03', 178.34),
    ('TSLA', '2024-06-05', 173.79),
    ('AMZN', '2024-06-04', 190.50),
    ('TSLA', '2024-06-04', 174.77),
    ('IBM',  '2024-06-04', 168.99);
