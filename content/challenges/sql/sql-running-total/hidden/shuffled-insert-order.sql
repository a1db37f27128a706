-- Rows arrive out of order; only ORDER BY inside the window makes the sum right.
INSERT INTO transactions (id, account_id, txn_date, amount) VALUES
    (9, 200, '2024-03-09',  -20),
    (2, 100, '2024-03-02',  250),
    (7, 200, '2024-03-01',  400),
    (1, 100, '2024-03-01',  -50),
    (5, 100, '2024-03-05', -100),
    (8, 200, '2024-03-01',   60);
