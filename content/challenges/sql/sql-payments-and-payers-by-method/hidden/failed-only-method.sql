-- The wallet payments all failed, so 'wallet' must not appear, and failed card attempts by a
-- new customer must not add a payer. Breaks filtering with CASE inside the counts instead of WHERE.
INSERT INTO payments (id, customer_id, method, status, amount) VALUES
    (40, 70, 'wallet', 'failed',    10.00),
    (41, 71, 'wallet', 'failed',    10.00),
    (42, 72, 'card',   'succeeded', 10.00),
    (43, 73, 'card',   'failed',    10.00),
    (44, 72, 'card',   'succeeded', 10.00);
