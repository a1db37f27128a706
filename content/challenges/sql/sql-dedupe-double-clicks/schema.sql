CREATE TABLE clicks (
    click_id    INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    clicked_at  TIMESTAMP NOT NULL
);
