CREATE TABLE campaigns (
    campaign_id INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    daily_cap   INTEGER
);

CREATE TABLE impressions (
    impression_id INTEGER PRIMARY KEY,
    campaign_id   INTEGER NOT NULL REFERENCES campaigns (campaign_id),
    user_id       INTEGER NOT NULL,
    shown_at      TIMESTAMP NOT NULL
);
