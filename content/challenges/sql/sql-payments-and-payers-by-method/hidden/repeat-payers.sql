-- One customer pays many times. Breaks COUNT(customer_id) for paying_customers (it counts
-- payments, not customers).
INSERT INTO payments (id, customer_id, method, status, amount) VALUES
    (20, 50, 'card',   'succeeded', 9.00),
    (21, 50, 'card',   'succeeded', 9.00),
    (22, 50, 'card',   'succeeded', 9.00),
    (23, 51, 'card',   'succeeded', 9.00),
    (24, 52, 'wallet', 'succeeded', 9.00),
    (25, 52, 'wallet', 'succeeded', 9.00);
