CREATE TABLE transactions (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    txn_date   DATE    NOT NULL,
    amount     INTEGER NOT NULL
);
