-- Breaks: keeping cancelled orders in the average or in the output. Without the cancelled 900.00,
-- customer 20 averages 100 and order 22 (150) is above it; with it, the average is 400 and nothing is.
-- Cancelled order 25 is above customer 21's average but must not be returned.
INSERT INTO orders (id, customer_id, ordered_at, order_total, status) VALUES
    (21, 20, '2024-04-01',  50.00, 'delivered'),
    (22, 20, '2024-04-05', 150.00, 'delivered'),
    (23, 20, '2024-04-09', 900.00, 'cancelled'),
    (24, 21, '2024-04-02',  20.00, 'delivered'),
    (25, 21, '2024-04-06',  80.00, 'cancelled'),
    (26, 21, '2024-04-07',  20.00, 'delivered');
