-- Rows exactly 7 days apart fall in different windows: "7 PRECEDING" (8 days) or
-- "day >= day - 7" counts the older one. Rows are inserted newest first.
INSERT INTO service_errors (service, day, errors) VALUES
    ('auth', '2024-01-15', 30),
    ('auth', '2024-01-08', 20),
    ('auth', '2024-01-01', 10),
    ('cart', '2024-01-07',  5),
    ('cart', '2024-01-01',  6);
