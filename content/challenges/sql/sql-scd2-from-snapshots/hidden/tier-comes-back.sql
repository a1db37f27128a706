-- A customer goes silver -> gold -> silver -> gold. Breaks GROUP BY customer_id, tier with
-- MIN/MAX dates, which merges the two silver runs (and the two gold runs) into one version each.
-- Rows are inserted in a shuffled order.
INSERT INTO customer_snapshots (snapshot_date, customer_id, tier) VALUES
    ('2024-03-04', 7, 'silver'),
    ('2024-03-01', 7, 'silver'),
    ('2024-03-08', 7, 'gold'),
    ('2024-03-02', 7, 'gold'),
    ('2024-03-03', 7, 'silver'),
    ('2024-03-09', 7, 'gold');
