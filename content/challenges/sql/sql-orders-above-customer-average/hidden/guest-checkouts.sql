-- Breaks: AVG(...) OVER (PARTITION BY customer_id), which puts all guest orders in one NULL partition
-- and returns guest order 33. Only order 35 is returned.
INSERT INTO orders (id, customer_id, ordered_at, order_total, status) VALUES
    (31, NULL, '2024-05-01',  15.00, 'delivered'),
    (32, NULL, '2024-05-02',  25.00, 'delivered'),
    (33, NULL, '2024-05-03', 110.00, 'delivered'),
    (34, 30,   '2024-05-04',  60.00, 'delivered'),
    (35, 30,   '2024-05-05',  75.00, 'delivered');
