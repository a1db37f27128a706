-- Breaks: matching on product only (customers 40 and 41 each bought 600 once, a week apart: no repeat)
-- and forgetting DISTINCT (customer 42 bought 601 three times within 30 days: one row, not several).
INSERT INTO orders (id, customer_id, ordered_on) VALUES
    (31, 40, '2024-08-01'),
    (32, 41, '2024-08-08'),
    (33, 42, '2024-08-02'),
    (34, 42, '2024-08-12'),
    (35, 42, '2024-08-22');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (31, 31, 600, 1),
    (32, 32, 600, 1),
    (33, 33, 601, 1),
    (34, 34, 601, 1),
    (35, 35, 601, 1);
