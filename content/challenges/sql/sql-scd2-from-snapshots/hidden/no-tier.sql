-- NULL tiers. Breaks change detection with `tier <> LAG(tier)`: NULL compared with anything is
-- unknown, so gold -> NULL and NULL -> silver are not seen as changes, while NULL -> NULL must
-- not start a new version. Customer 9 has no tier on its first snapshot.
INSERT INTO customer_snapshots (snapshot_date, customer_id, tier) VALUES
    ('2024-04-01', 8, 'gold'),
    ('2024-04-02', 8, NULL),
    ('2024-04-04', 8, NULL),
    ('2024-04-05', 8, 'silver'),
    ('2024-04-01', 9, NULL),
    ('2024-04-02', 9, NULL),
    ('2024-04-03', 9, 'bronze');
