-- Invoices on 31 Dec, 1 Jan, 31 Mar and 1 Apr. Breaks a month test that is off by a day at either
-- end, and a query without a date filter (the 'legacy' plan only has invoices outside Q1 and must
-- not appear).
INSERT INTO invoices (id, customer_id, plan, status, amount, invoiced_on) VALUES
    (31, 30, 'starter', 'paid', 19.00, '2023-12-31'),
    (32, 30, 'starter', 'paid', 19.00, '2024-01-01'),
    (33, 31, 'starter', 'paid', 25.50, '2024-03-31'),
    (34, 31, 'starter', 'paid', 25.50, '2024-04-01'),
    (35, 32, 'legacy',  'paid', 10.00, '2023-11-30'),
    (36, 32, 'legacy',  'paid', 10.00, '2024-04-30'),
    (37, 33, 'starter', 'paid', 12.25, '2024-02-29');
