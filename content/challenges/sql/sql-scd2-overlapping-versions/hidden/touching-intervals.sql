-- A clean history where each version ends on the day the next starts, across two customers
-- with identical dates. Breaks an overlap test written with <= (touching is reported as an
-- overlap) and a self-join that forgets to match on customer_id. The answer is empty.
INSERT INTO dim_customer (customer_key, customer_id, segment, valid_from, valid_to) VALUES
    (11, 400, 'smb',        '2023-01-01', '2023-05-01'),
    (12, 400, 'mid_market', '2023-05-01', '2023-11-01'),
    (13, 400, 'enterprise', '2023-11-01', NULL),
    (14, 500, 'smb',        '2023-01-01', '2023-05-01'),
    (15, 500, 'mid_market', '2023-05-01', NULL);
