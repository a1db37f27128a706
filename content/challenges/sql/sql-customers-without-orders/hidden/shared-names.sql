INSERT INTO customers (id, name) VALUES
    (1, 'Sam'),
    (2, 'Sam'),
    (3, 'Priya'),
    (4, 'Sam');

INSERT INTO orders (id, customer_id, amount, ordered_at) VALUES
    (10, 2, 18.00, '2024-04-01'),
    (11, 2, 22.00, '2024-04-02'),
    (12, 2, 30.00, '2024-04-09');
