-- One device with a single reading.
INSERT INTO readings (reading_id, device_id, reading_at, temperature, battery_pct) VALUES
    (1, 'lab-probe', '2024-01-01 00:00:00', -80.00, 100);
