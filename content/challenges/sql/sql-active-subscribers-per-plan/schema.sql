CREATE TABLE plans (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    monthly_price NUMERIC(10, 2) NOT NULL
);

CREATE TABLE subscriptions (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    plan_id     INTEGER NOT NULL REFERENCES plans (id),
    status      TEXT    NOT NULL
);
