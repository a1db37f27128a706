-- Two hosts book overlapping times: without PARTITION BY host the bookings chain across hosts.
INSERT INTO maintenance_windows (window_id, host, starts_at, ends_at) VALUES
    (31, 'kafka-1', '2024-06-02 00:00:00', '2024-06-02 01:00:00'),
    (32, 'kafka-2', '2024-06-02 00:30:00', '2024-06-02 01:30:00'),
    (33, 'kafka-1', '2024-06-02 01:15:00', '2024-06-02 02:00:00'),
    (34, 'kafka-2', '2024-06-02 03:00:00', '2024-06-02 03:10:00');
