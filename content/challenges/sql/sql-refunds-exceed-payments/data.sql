INSERT INTO orders (id, customer_id, order_total) VALUES
    (1, 10,  60.00),
    (2, 11,  90.00),
    (3, 12,  25.00),
    (4, 13, 140.00);

INSERT INTO payments (id, order_id, amount, status) VALUES
    (1, 1,  60.00, 'captured'),
    (2, 2,  90.00, 'captured'),
    (3, 3,  25.00, 'captured'),
    (4, 4, 140.00, 'captured');

INSERT INTO refunds (id, order_id, amount, refunded_at) VALUES
    (1, 1,  60.00, '2024-03-02 10:00:00'),
    (2, 2,  95.00, '2024-03-03 11:00:00'),
    (3, 4,  40.00, '2024-03-04 12:00:00');
