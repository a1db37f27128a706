-- Duplicated seq numbers: "seq - ROW_NUMBER()" islands built without DISTINCT split at every
-- duplicate and report impossible gaps such as 6..5.
INSERT INTO packets (device_id, seq, received_at) VALUES
    ('meter-31', 1, '2024-05-02 08:00:00'),
    ('meter-31', 2, '2024-05-02 08:15:00'),
    ('meter-31', 2, '2024-05-02 08:15:09'),
    ('meter-31', 3, '2024-05-02 08:30:00'),
    ('meter-31', 5, '2024-05-02 09:00:00'),
    ('meter-31', 5, '2024-05-02 09:00:30'),
    ('meter-31', 5, '2024-05-02 09:01:00'),
    ('meter-31', 6, '2024-05-02 09:15:00'),
    ('meter-31', 8, '2024-05-02 09:45:00');
