-- Whole-number prices are stored as integers in SQLite, so 100 * (close - peak) / peak is
-- integer division there: -25 instead of -25.38.
INSERT INTO daily_closes (symbol, close_date, close_price) VALUES
    ('BRK', '2024-05-06', 120),
    ('BRK', '2024-05-07',  90),
    ('BRK', '2024-05-08', 100),
    ('BRK', '2024-05-09', 130),
    ('BRK', '2024-05-10',  97);
