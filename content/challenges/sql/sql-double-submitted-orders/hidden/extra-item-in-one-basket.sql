-- Breaks: checking containment in one direction only. Order 12 has everything order 11 has plus a charger,
-- so they are not duplicates; order 14 has the same products as 13 but a different quantity of 802.
-- Only orders 15 and 16 are a double submission.
INSERT INTO orders (id, customer_id, ordered_at) VALUES
    (11, 50, '2024-12-02 08:00:00'),
    (12, 50, '2024-12-02 08:03:00'),
    (13, 51, '2024-12-02 09:00:00'),
    (14, 51, '2024-12-02 09:01:00'),
    (15, 52, '2024-12-02 10:00:00'),
    (16, 52, '2024-12-02 10:00:45');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (11, 11, 800, 1),
    (12, 12, 800, 1),
    (13, 12, 801, 1),
    (14, 13, 802, 2),
    (15, 13, 803, 1),
    (16, 14, 802, 1),
    (17, 14, 803, 1),
    (18, 15, 804, 1),
    (19, 16, 804, 1);
