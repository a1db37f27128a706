-- Breaks: LEFT JOIN payments and refunds in one query, then SUM both (fan-out).
-- Order 11: paid 100, refunded 60 + 60 = 120 -> over-refunded, but the fan-out doubles paid to 200.
-- Order 12: paid 40 + 40 = 80, refunded 3 x 30 = 90 -> over-refunded; fan-out gives 240 vs 180.
-- Order 13: paid 50 + 50, refunded 100 -> a full refund, fine.
INSERT INTO orders (id, customer_id, order_total) VALUES
    (11, 20, 100.00),
    (12, 21,  80.00),
    (13, 22, 100.00);

INSERT INTO payments (id, order_id, amount, status) VALUES
    (11, 11, 100.00, 'captured'),
    (12, 12,  40.00, 'captured'),
    (13, 12,  40.00, 'captured'),
    (14, 13,  50.00, 'captured'),
    (15, 13,  50.00, 'captured');

INSERT INTO refunds (id, order_id, amount, refunded_at) VALUES
    (11, 11, 60.00, '2024-04-02 09:00:00'),
    (12, 11, 60.00, '2024-04-05 09:00:00'),
    (13, 12, 30.00, '2024-04-03 09:00:00'),
    (14, 12, 30.00, '2024-04-04 09:00:00'),
    (15, 12, 30.00, '2024-04-06 09:00:00'),
    (16, 13, 100.00, '2024-04-07 09:00:00');
