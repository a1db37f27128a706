CREATE TABLE payment_attempts (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL,
    method          TEXT,
    status          TEXT    NOT NULL,
    amount          NUMERIC(10, 2) NOT NULL,
    attempted_at    TIMESTAMP NOT NULL
);
