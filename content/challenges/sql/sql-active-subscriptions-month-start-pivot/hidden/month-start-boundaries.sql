-- Subscriptions that start or end exactly on the first of a month. Breaks `ended_on >= d`
-- (counts a subscription on the day it ended) and `started_on < d` (misses one that starts that day).
INSERT INTO subscriptions (id, customer_id, plan, started_on, ended_on) VALUES
    (11, 20, 'basic', '2024-01-01', '2024-02-01'),
    (12, 21, 'basic', '2024-02-01', '2024-03-01'),
    (13, 22, 'basic', '2024-03-01', NULL),
    (14, 23, 'pro',   '2023-12-31', '2024-01-01');
