-- Breaks: comparing with the shop-wide average. Customer 10's orders are all above the shop average
-- but only order 12 beats their own (500); customer 11's order 14 is small overall but above their own 20.
-- Customer 12's orders are equal: nothing is above the average (breaks >=).
INSERT INTO orders (id, customer_id, ordered_at, order_total, status) VALUES
    (11, 10, '2024-03-01', 400.00, 'delivered'),
    (12, 10, '2024-03-08', 700.00, 'delivered'),
    (13, 10, '2024-03-15', 400.00, 'delivered'),
    (14, 11, '2024-03-02',  30.00, 'delivered'),
    (15, 11, '2024-03-09',  10.00, 'delivered'),
    (16, 12, '2024-03-03',  55.00, 'delivered'),
    (17, 12, '2024-03-10',  55.00, 'delivered');
