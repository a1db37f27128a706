INSERT INTO orders (id, customer_id, ordered_at, order_total, status) VALUES
    (1, 1, '2024-01-04',  40.00, 'delivered'),
    (2, 1, '2024-01-19',  60.00, 'delivered'),
    (3, 1, '2024-02-02',  80.00, 'delivered'),
    (4, 2, '2024-01-07', 150.00, 'delivered'),
    (5, 2, '2024-02-11', 250.00, 'shipped'),
    (6, 3, '2024-01-25',  35.00, 'delivered'),
    (7, 2, '2024-02-20',  90.00, 'cancelled');
