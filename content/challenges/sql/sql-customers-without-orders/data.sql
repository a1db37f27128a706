INSERT INTO customers (id, name) VALUES
    (1, 'Alice'),
    (2, 'Bongani'),
    (3, 'Carlos'),
    (4, 'Deepa');

INSERT INTO orders (id, customer_id, amount, ordered_at) VALUES
    (10, 1, 25.00, '2024-03-01'),
    (11, 3, 12.50, '2024-03-02'),
    (12, 1, 40.00, '2024-03-05');
