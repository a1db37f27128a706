CREATE TABLE request_counts (
    day      DATE    NOT NULL,
    endpoint TEXT    NOT NULL,
    requests INTEGER NOT NULL,
    PRIMARY KEY (day, endpoint)
);
