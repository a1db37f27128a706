-- Gaps everywhere, across the end of February 2024 (a leap year): a frame of
-- "ROWS BETWEEN 6 PRECEDING" reaches back more than 7 calendar days.
INSERT INTO service_errors (service, day, errors) VALUES
    ('search', '2024-02-20', 100),
    ('search', '2024-02-26',  10),
    ('search', '2024-02-28',  20),
    ('search', '2024-02-29',   1),
    ('search', '2024-03-01',   2),
    ('search', '2024-03-03',   3),
    ('search', '2024-03-05',   4),
    ('search', '2024-03-06',   5),
    ('search', '2024-03-20',   7);
