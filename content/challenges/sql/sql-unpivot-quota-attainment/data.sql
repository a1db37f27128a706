INSERT INTO sales_quotas (region, q1, q2, q3, q4) VALUES
    ('EMEA', 400000, 450000, NULL, NULL),
    ('NA',   600000, 650000, 700000, NULL);

INSERT INTO bookings (id, region, quarter, amount) VALUES
    (1, 'EMEA', 'Q1', 250000),
    (2, 'EMEA', 'Q1', 170000),
    (3, 'EMEA', 'Q2', 300000),
    (4, 'NA',   'Q1', 480000),
    (5, 'NA',   'Q2', 700000),
    (6, 'NA',   'Q3', 210000),
    (7, 'EMEA', 'Q3',  90000);
