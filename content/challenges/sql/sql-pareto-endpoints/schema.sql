CREATE TABLE endpoint_traffic (
    endpoint TEXT    PRIMARY KEY,
    requests INTEGER NOT NULL
);
