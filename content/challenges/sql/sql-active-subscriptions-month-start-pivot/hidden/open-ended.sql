-- Only running subscriptions (ended_on NULL). Breaks `d < ended_on` without a NULL branch:
-- the comparison is unknown, so nothing is ever counted.
INSERT INTO subscriptions (id, customer_id, plan, started_on, ended_on) VALUES
    (21, 30, 'team',  '2023-05-01', NULL),
    (22, 31, 'team',  '2024-01-31', NULL),
    (23, 32, 'solo',  '2023-08-08', NULL),
    (24, 33, 'solo',  '2024-02-29', NULL);
