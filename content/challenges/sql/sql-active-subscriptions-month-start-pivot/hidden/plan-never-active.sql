-- The 'trial' plan exists in the table but was never active on any of the three days: one trial
-- ran in November 2023, the other starts in April. It must show 0, 0, 0. Breaks a WHERE clause
-- that keeps only subscriptions overlapping Q1 (or active on some first-of-month): the plan vanishes.
INSERT INTO subscriptions (id, customer_id, plan, started_on, ended_on) VALUES
    (31, 40, 'trial', '2023-11-05', '2023-11-19'),
    (33, 42, 'pro',   '2023-10-10', '2024-03-02'),
    (34, 43, 'trial', '2024-04-01', NULL);
