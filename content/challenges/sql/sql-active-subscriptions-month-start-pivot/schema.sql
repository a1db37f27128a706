CREATE TABLE subscriptions (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    plan        TEXT    NOT NULL,
    started_on  DATE    NOT NULL,
    ended_on    DATE
);
