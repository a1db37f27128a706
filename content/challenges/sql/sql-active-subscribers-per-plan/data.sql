INSERT INTO plans (id, name, monthly_price) VALUES
    (1, 'Starter',     9.00),
    (2, 'Team',       29.00),
    (3, 'Business',   79.00),
    (4, 'Enterprise', 249.00);

INSERT INTO subscriptions (id, customer_id, plan_id, status) VALUES
    (10, 501, 1, 'active'),
    (11, 502, 1, 'active'),
    (12, 503, 1, 'cancelled'),
    (13, 504, 2, 'active'),
    (14, 505, 2, 'past_due'),
    (15, 506, 3, 'active'),
    (16, 507, 1, 'active'),
    (17, 508, 3, 'cancelled');
