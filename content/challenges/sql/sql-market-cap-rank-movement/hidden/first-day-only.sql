-- A single snapshot day: every rank_change is NULL.
INSERT INTO market_caps (snapshot_date, symbol, market_cap_usd) VALUES
    ('2024-07-04', 'ETH', 400),
    ('2024-07-04', 'BTC', 1200);
