CREATE TABLE user_events (
    user_id    INTEGER   NOT NULL,
    event_at   TIMESTAMP NOT NULL,
    event_type TEXT      NOT NULL
);
