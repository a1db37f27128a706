CREATE TABLE signups (
    user_id     INTEGER PRIMARY KEY,
    signup_time TIMESTAMP NOT NULL,
    channel     TEXT NOT NULL
);
