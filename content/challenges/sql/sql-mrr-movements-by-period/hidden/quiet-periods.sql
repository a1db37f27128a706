-- No subscriptions at all: every period still gets a row of zeros. Breaks a query that starts
-- from the accounts (or joins periods to versions with an inner join) and so returns no rows,
-- and sums that come out NULL instead of 0.
INSERT INTO reporting_periods (period, period_start, period_end) VALUES
    ('2024-09', '2024-09-01', '2024-10-01'),
    ('2024-08', '2024-08-01', '2024-09-01');
