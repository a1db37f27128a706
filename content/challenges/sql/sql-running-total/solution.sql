-- ROWS (not the default RANGE) frame, ordered by date then id, so same-day rows accumulate one by one.
SELECT
    account_id,
    txn_date,
    id,
    amount,
    SUM(amount) OVER (
        PARTITION BY account_id
        ORDER BY txn_date, id
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS running_balance
FROM transactions
ORDER BY account_id, txn_date, id;
