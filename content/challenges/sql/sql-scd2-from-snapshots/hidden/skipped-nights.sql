-- Snapshots on irregular dates, with one customer seen only once. Breaks an islands query built on
-- snapshot_date minus ROW_NUMBER() days (it splits a version at every skipped night), and a
-- valid_to taken from the version's own last snapshot instead of the next version's first.
INSERT INTO customer_snapshots (snapshot_date, customer_id, tier) VALUES
    ('2024-05-01', 10, 'bronze'),
    ('2024-05-04', 10, 'bronze'),
    ('2024-05-10', 10, 'bronze'),
    ('2024-05-20', 10, 'silver'),
    ('2024-05-31', 10, 'silver'),
    ('2024-05-10', 11, 'gold');
