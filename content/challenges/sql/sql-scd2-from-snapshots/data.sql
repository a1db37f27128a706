INSERT INTO customer_snapshots (snapshot_date, customer_id, tier) VALUES
    ('2024-01-01', 1, 'bronze'),
    ('2024-01-02', 1, 'bronze'),
    ('2024-01-03', 1, 'silver'),
    ('2024-01-05', 1, 'silver'),
    ('2024-01-06', 1, 'gold'),
    ('2024-01-01', 2, 'gold'),
    ('2024-01-02', 2, 'gold'),
    ('2024-01-03', 2, 'gold'),
    ('2024-01-05', 2, 'gold'),
    ('2024-01-06', 2, 'gold'),
    ('2024-01-03', 3, 'bronze'),
    ('2024-01-05', 3, 'silver'),
    ('2024-01-06', 3, 'silver');
