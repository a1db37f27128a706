-- Breaks: GROUP BY every column (or SELECT DISTINCT first). The resends carry a corrected total
-- or a new customer_id, so whole-row duplicates miss them.
INSERT INTO staging_orders (order_id, customer_id, total, loaded_at) VALUES
    (6001, 21,  55.00, '2024-06-10 01:00:00'),
    (6002, 22,  80.00, '2024-06-10 01:00:00'),
    (6001, 21,  50.00, '2024-06-11 01:00:00'),
    (6003, 23,  15.75, '2024-06-11 01:00:00'),
    (6002, 24,  80.00, '2024-06-11 01:00:00'),
    (6004, 25, 230.40, '2024-06-11 01:00:00');
