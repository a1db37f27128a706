-- Ties: equal market caps share a rank and skip the next one. ROW_NUMBER splits the tie,
-- DENSE_RANK does not skip, and both change the rank_change values.
INSERT INTO market_caps (snapshot_date, symbol, market_cap_usd) VALUES
    ('2024-05-01', 'AAA', 100),
    ('2024-05-01', 'BBB',  80),
    ('2024-05-01', 'CCC',  80),
    ('2024-05-01', 'DDD',  60),
    ('2024-05-02', 'DDD', 120),
    ('2024-05-02', 'CCC', 120),
    ('2024-05-02', 'BBB',  90),
    ('2024-05-02', 'AAA',  70);
