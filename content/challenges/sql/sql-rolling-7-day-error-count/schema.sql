CREATE TABLE service_errors (
    service TEXT    NOT NULL,
    day     DATE    NOT NULL,
    errors  INTEGER NOT NULL,
    PRIMARY KEY (service, day)
);
