INSERT INTO invoices (id, customer_id, plan, status, amount, invoiced_on) VALUES
    (1,  10, 'starter',  'paid',  19.00, '2024-01-05'),
    (2,  11, 'team',     'paid',  59.00, '2024-01-09'),
    (3,  12, 'team',     'open',  59.00, '2024-01-20'),
    (4,  10, 'starter',  'paid',  19.00, '2024-02-05'),
    (5,  11, 'team',     'paid',  59.00, '2024-02-09'),
    (6,  13, 'business', 'paid', 149.00, '2024-02-14'),
    (7,  10, 'starter',  'paid',  19.00, '2024-03-05'),
    (8,  11, 'team',     'void',  59.00, '2024-03-09'),
    (9,  13, 'business', 'paid', 149.00, '2024-03-14'),
    (10, 14, 'team',     'paid',  47.20, '2024-03-22');
