CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    email        TEXT,
    phone        TEXT,
    country      TEXT,
    signed_up_at DATE NOT NULL
);
