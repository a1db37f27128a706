-- Quotas with no bookings at all. Breaks an inner join to bookings (the quarter vanishes) and a
-- LEFT JOIN that leaves booked as NULL instead of 0. LATAM has no quota set in any quarter and
-- must not appear, even though it has bookings.
INSERT INTO sales_quotas (region, q1, q2, q3, q4) VALUES
    ('ANZ',   50000, NULL, NULL,  80000),
    ('LATAM', NULL,  NULL, NULL,  NULL);

INSERT INTO bookings (id, region, quarter, amount) VALUES
    (21, 'ANZ',   'Q1', 51000),
    (22, 'LATAM', 'Q1', 40000),
    (23, 'LATAM', 'Q2', 10000);
