-- Accounts whose history starts after 1 July must still appear, with NULL. Breaks an inner join
-- or a WHERE filter on the as-of date (they vanish instead of showing NULL).
INSERT INTO account_plan_history (version_id, account_id, plan, valid_from, valid_to) VALUES
    (21, 80, 'starter', '2024-07-02', NULL),
    (22, 90, 'team',    '2024-08-15', '2024-10-01'),
    (23, 90, 'business','2024-10-01', NULL),
    (24, 95, 'team',    '2024-06-30', NULL);
