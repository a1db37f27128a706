-- Guest orders have no customer: NOT IN (SELECT customer_id ...) returns nothing here.
INSERT INTO customers (id, name) VALUES
    (1, 'Alice'),
    (2, 'Bongani'),
    (3, 'Carlos');

INSERT INTO orders (id, customer_id, amount, ordered_at) VALUES
    (10, 1,    25.00, '2024-03-01'),
    (11, NULL,  9.99, '2024-03-02'),
    (12, NULL, 15.00, '2024-03-03');
