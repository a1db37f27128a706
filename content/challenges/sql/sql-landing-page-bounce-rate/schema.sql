CREATE TABLE pageviews (
    view_id   INTEGER PRIMARY KEY,
    user_id   INTEGER NOT NULL,
    page      TEXT NOT NULL,
    viewed_at TIMESTAMP NOT NULL
);
