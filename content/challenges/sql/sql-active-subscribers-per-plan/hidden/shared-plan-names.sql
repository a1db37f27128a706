-- Two plans called 'Team'. Breaks GROUP BY name alone, which merges them into one row.
INSERT INTO plans (id, name, monthly_price) VALUES
    (1, 'Team',  25.00),
    (2, 'Team',  29.00),
    (3, 'Solo',  12.00);

INSERT INTO subscriptions (id, customer_id, plan_id, status) VALUES
    (40, 801, 1, 'active'),
    (41, 802, 2, 'active'),
    (42, 803, 2, 'active'),
    (43, 804, 3, 'past_due');
