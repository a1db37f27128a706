-- One reading only: it has no predecessor, so both computed columns are NULL (an inner self-join returns nothing).
INSERT INTO readings (device_id, reading_at, temperature) VALUES
    ('truck-99', '2024-06-01 00:00:00', 5.00);
