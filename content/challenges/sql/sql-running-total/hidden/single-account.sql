INSERT INTO transactions (id, account_id, txn_date, amount) VALUES
    (1, 42, '2024-05-01', -10);
