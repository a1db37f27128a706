-- Several transactions on one day: RANGE-based running sums give them all the day's total.
INSERT INTO transactions (id, account_id, txn_date, amount) VALUES
    (1, 100, '2024-02-01',  100),
    (2, 100, '2024-02-01',  -40),
    (3, 100, '2024-02-01',   25),
    (4, 100, '2024-02-02',  -85),
    (5, 300, '2024-02-01',   10),
    (6, 300, '2024-02-01',   10);
