CREATE TABLE signups (
    signup_id    INTEGER PRIMARY KEY,
    email        TEXT,
    full_name    TEXT      NOT NULL,
    source       TEXT      NOT NULL,
    signed_up_at TIMESTAMP NOT NULL
);
