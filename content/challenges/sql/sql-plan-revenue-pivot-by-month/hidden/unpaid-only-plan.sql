-- The 'enterprise' plan only has open and void invoices in Q1, so it must not appear. Breaks a
-- query that moves the status test into the CASE and keeps every plan seen in the quarter.
-- Cents add up: 0.10 + 0.20 must print as 0.3 after rounding.
INSERT INTO invoices (id, customer_id, plan, status, amount, invoiced_on) VALUES
    (41, 40, 'enterprise', 'open',  999.00, '2024-01-10'),
    (42, 40, 'enterprise', 'void',  999.00, '2024-02-10'),
    (43, 41, 'addon',      'paid',    0.10, '2024-02-11'),
    (44, 42, 'addon',      'paid',    0.20, '2024-02-12'),
    (45, 43, 'addon',      'paid',    1.15, '2024-03-02');
