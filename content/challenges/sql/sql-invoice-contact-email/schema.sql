CREATE TABLE accounts (
    account_id    INTEGER PRIMARY KEY,
    company       TEXT NOT NULL,
    billing_email TEXT,
    owner_email   TEXT
);
