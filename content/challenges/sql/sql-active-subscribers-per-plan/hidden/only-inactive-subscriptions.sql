-- Plan 2 has subscriptions, but none active. Breaks LEFT JOIN ... WHERE status = 'active':
-- the WHERE clause throws away plan 2's rows, so the plan vanishes instead of showing 0.
INSERT INTO plans (id, name, monthly_price) VALUES
    (1, 'Starter', 9.00),
    (2, 'Team',   29.00);

INSERT INTO subscriptions (id, customer_id, plan_id, status) VALUES
    (20, 601, 1, 'active'),
    (21, 602, 2, 'cancelled'),
    (22, 603, 2, 'past_due'),
    (23, 604, 2, 'cancelled');
