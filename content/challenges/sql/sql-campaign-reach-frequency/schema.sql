CREATE TABLE impressions (
    impression_id INTEGER PRIMARY KEY,
    campaign_id   INTEGER NOT NULL,
    user_id       INTEGER NOT NULL,
    shown_at      TIMESTAMP NOT NULL
);
