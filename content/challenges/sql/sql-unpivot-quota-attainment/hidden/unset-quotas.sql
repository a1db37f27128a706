-- Bookings in quarters whose quota is NULL. Breaks an unpivot that keeps the NULL quotas
-- (rows with quota NULL and attainment NULL appear).
INSERT INTO sales_quotas (region, q1, q2, q3, q4) VALUES
    ('DACH',   NULL, 200000, NULL, 250000),
    ('Nordics', 80000, NULL, NULL, NULL);

INSERT INTO bookings (id, region, quarter, amount) VALUES
    (31, 'DACH',    'Q1', 60000),
    (32, 'DACH',    'Q2', 210000),
    (33, 'DACH',    'Q3', 75000),
    (34, 'DACH',    'Q4', 125000),
    (35, 'Nordics', 'Q1', 20000),
    (36, 'Nordics', 'Q4', 5000);
