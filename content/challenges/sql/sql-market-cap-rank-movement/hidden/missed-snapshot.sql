-- DOGE is missing on Feb 29 (2024 is a leap year). LAG over the coin's own rows compares Mar 1
-- with Feb 28, but rank_change must be NULL: there was no snapshot the day before.
INSERT INTO market_caps (snapshot_date, symbol, market_cap_usd) VALUES
    ('2024-02-28', 'BTC',  900),
    ('2024-02-28', 'DOGE', 500),
    ('2024-02-28', 'ADA',  300),
    ('2024-02-29', 'BTC',  950),
    ('2024-02-29', 'ADA',  310),
    ('2024-03-01', 'BTC',  990),
    ('2024-03-01', 'ADA',  400),
    ('2024-03-01', 'DOGE', 450);
