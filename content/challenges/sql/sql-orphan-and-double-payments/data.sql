INSERT INTO orders (id, customer_id, order_total) VALUES
    (1, 50,  80.00),
    (2, 51,  35.00),
    (3, 52, 120.00),
    (4, 53,  18.50);

INSERT INTO payments (id, order_id, amount, status, paid_at) VALUES
    (101, 1,  80.00, 'captured', '2024-04-01 10:00:00'),
    (102, 2,  35.00, 'captured', '2024-04-01 10:05:00'),
    (103, 2,  35.00, 'captured', '2024-04-01 10:06:00'),
    (104, 7,  42.00, 'captured', '2024-04-01 11:00:00'),
    (105, 3, 120.00, 'captured', '2024-04-01 12:00:00'),
    (106, 4,  18.50, 'captured', '2024-04-01 12:30:00');
