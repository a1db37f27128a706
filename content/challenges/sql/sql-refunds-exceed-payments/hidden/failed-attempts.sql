-- Breaks: summing every payment regardless of status. Order 31 captured 50 after a failed 100;
-- the 60 refund is over what was taken. Order 32 is a full refund of its one capture and is fine.
INSERT INTO orders (id, customer_id, order_total) VALUES
    (31, 40, 100.00),
    (32, 41,  45.00);

INSERT INTO payments (id, order_id, amount, status) VALUES
    (31, 31, 100.00, 'failed'),
    (32, 31,  50.00, 'captured'),
    (33, 32,  45.00, 'captured'),
    (34, 32,  45.00, 'failed');

INSERT INTO refunds (id, order_id, amount, refunded_at) VALUES
    (31, 31, 60.00, '2024-06-01 10:00:00'),
    (32, 32, 45.00, '2024-06-02 10:00:00');
