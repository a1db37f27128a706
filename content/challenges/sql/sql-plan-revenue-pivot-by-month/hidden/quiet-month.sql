-- 'business' has nothing in January and 'team' nothing in March. Breaks SUM(CASE WHEN ... THEN
-- amount END) with no ELSE 0: those cells come out NULL, and so does a q1 total built by adding
-- the three month columns.
INSERT INTO invoices (id, customer_id, plan, status, amount, invoiced_on) VALUES
    (21, 20, 'business', 'paid', 149.00, '2024-02-01'),
    (22, 20, 'business', 'paid', 149.00, '2024-03-01'),
    (23, 21, 'team',     'paid',  59.00, '2024-01-15'),
    (24, 21, 'team',     'paid',  59.00, '2024-02-15'),
    (25, 22, 'team',     'open',  59.00, '2024-03-15');
