-- Breaks: a strict "< 30" (customer 20's orders are exactly 30 days apart across the leap-year February)
-- and a month-based test (customer 21's orders are in consecutive months but 31 days apart).
INSERT INTO orders (id, customer_id, ordered_on) VALUES
    (11, 20, '2024-02-10'),
    (12, 20, '2024-03-11'),
    (13, 21, '2024-05-01'),
    (14, 21, '2024-06-01');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (11, 11, 400, 1),
    (12, 12, 400, 1),
    (13, 13, 401, 1),
    (14, 14, 401, 1);
