-- Overlaps that involve NULL valid_to. Breaks a test such as a.valid_from < b.valid_to that does
-- not treat NULL as "for ever" (the comparison is unknown, so these pairs are missed), and an
-- overlap_to computed with MIN()/LEAST(), which return NULL or ignore the NULL.
-- Customer 600: two current rows. Customer 700: a closed version starting after an open one.
-- Customer 800: an open version that starts inside a closed one.
INSERT INTO dim_customer (customer_key, customer_id, segment, valid_from, valid_to) VALUES
    (21, 600, 'smb',        '2023-03-01', NULL),
    (22, 600, 'mid_market', '2023-06-01', NULL),
    (23, 700, 'smb',        '2023-01-01', NULL),
    (24, 700, 'enterprise', '2023-05-01', '2023-08-01'),
    (25, 800, 'smb',        '2023-01-01', '2023-12-01'),
    (26, 800, 'mid_market', '2023-11-15', NULL);
