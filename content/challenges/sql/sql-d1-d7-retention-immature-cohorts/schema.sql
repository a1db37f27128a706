CREATE TABLE signups (
    user_id     INTEGER PRIMARY KEY,
    signup_time TIMESTAMP NOT NULL,
    platform    TEXT NOT NULL
);

CREATE TABLE events (
    event_id   INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    event_time TIMESTAMP NOT NULL
);

CREATE TABLE report_run (
    as_of_date DATE NOT NULL
);
