-- One service, one day, zero errors.
INSERT INTO service_errors (service, day, errors) VALUES
    ('export', '2024-06-30', 0);
