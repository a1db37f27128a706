-- Account 50 closed before July, account 60 sits in a gap between two versions. Breaks "the
-- latest version with valid_from <= '2024-07-01'", which ignores valid_to and reports the old plan.
INSERT INTO account_plan_history (version_id, account_id, plan, valid_from, valid_to) VALUES
    (11, 50, 'team',     '2023-01-01', '2024-05-31'),
    (12, 60, 'starter',  '2023-01-01', '2024-04-01'),
    (13, 60, 'starter',  '2024-09-01', NULL),
    (14, 70, 'business', '2024-02-01', NULL);
