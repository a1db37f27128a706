CREATE TABLE sales_quotas (
    region TEXT PRIMARY KEY,
    q1     INTEGER,
    q2     INTEGER,
    q3     INTEGER,
    q4     INTEGER
);

CREATE TABLE bookings (
    id      INTEGER PRIMARY KEY,
    region  TEXT    NOT NULL,
    quarter TEXT    NOT NULL,
    amount  INTEGER NOT NULL
);
