-- Plan 3 has no subscriptions at all. Breaks COUNT(*) after a LEFT JOIN (counts the
-- NULL-extended row as 1) and an inner join (drops the plan).
INSERT INTO plans (id, name, monthly_price) VALUES
    (1, 'Starter',  9.00),
    (2, 'Team',    29.00),
    (3, 'Nonprofit', 0.00);

INSERT INTO subscriptions (id, customer_id, plan_id, status) VALUES
    (30, 701, 1, 'active'),
    (31, 702, 2, 'active'),
    (32, 703, 2, 'active');
