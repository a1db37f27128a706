-- Attainments such as 33.3% and 66.7%. Breaks 100 * booked / quota on integer columns, which
-- truncates to 33 and 66.
INSERT INTO sales_quotas (region, q1, q2, q3, q4) VALUES
    ('APAC', 300000, 300000, 300000, 300000);

INSERT INTO bookings (id, region, quarter, amount) VALUES
    (11, 'APAC', 'Q1', 100000),
    (12, 'APAC', 'Q2', 150000),
    (13, 'APAC', 'Q2',  50000),
    (14, 'APAC', 'Q3', 300000),
    (15, 'APAC', 'Q4', 123456);
