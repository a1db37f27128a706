-- Versions that end or start exactly on 2024-07-01. The day belongs to the version that starts
-- on it. Breaks `valid_to >= '2024-07-01'` / BETWEEN (two rows for account 100, and a plan for
-- account 110 that had ended).
INSERT INTO account_plan_history (version_id, account_id, plan, valid_from, valid_to) VALUES
    (31, 100, 'starter',    '2024-01-01', '2024-07-01'),
    (32, 100, 'team',       '2024-07-01', NULL),
    (33, 110, 'business',   '2023-07-01', '2024-07-01'),
    (34, 120, 'enterprise', '2024-07-01', '2024-07-02');
