INSERT INTO account_plan_history (version_id, account_id, plan, valid_from, valid_to) VALUES
    (1, 10, 'starter',    '2023-02-01', '2023-10-01'),
    (2, 10, 'team',       '2023-10-01', NULL),
    (3, 20, 'team',       '2023-05-15', '2024-03-20'),
    (4, 20, 'business',   '2024-03-20', NULL),
    (5, 30, 'starter',    '2024-01-10', NULL),
    (6, 40, 'business',   '2022-11-01', '2023-06-01'),
    (7, 40, 'enterprise', '2023-06-01', '2024-12-01');
