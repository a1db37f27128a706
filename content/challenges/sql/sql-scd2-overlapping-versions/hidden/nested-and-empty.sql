-- Customer 900: one version entirely inside another, and a third that overlaps both (three
-- pairs, each reported once with the smaller key first; the outer version has the larger key).
-- Customer 950: a zero-length version (valid_from = valid_to) sitting inside another; it covers
-- no day and must not be reported. Breaks `a.customer_key <> b.customer_key` (each pair twice)
-- and tests that only compare the two start and end days without requiring a non-empty interval.
INSERT INTO dim_customer (customer_key, customer_id, segment, valid_from, valid_to) VALUES
    (31, 900, 'mid_market', '2023-03-01', '2023-04-01'),
    (32, 900, 'smb',        '2023-01-01', '2023-12-31'),
    (33, 900, 'enterprise', '2023-03-15', '2024-02-01'),
    (34, 950, 'smb',        '2023-01-01', '2023-12-31'),
    (35, 950, 'smb',        '2023-06-01', '2023-06-01');
