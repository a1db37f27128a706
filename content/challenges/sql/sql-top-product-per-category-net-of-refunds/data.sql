INSERT INTO products (id, name, category) VALUES
    (1, 'Running shorts', 'sportswear'),
    (2, 'Track jacket',   'sportswear'),
    (3, 'Sports bra',     'sportswear'),
    (4, 'Foam roller',    'recovery'),
    (5, 'Massage ball',   'recovery');

INSERT INTO order_items (id, order_id, product_id, quantity, unit_price) VALUES
    (1, 10, 1, 2, 25.00),
    (2, 11, 2, 1, 80.00),
    (3, 12, 3, 3, 20.00),
    (4, 13, 2, 1, 80.00),
    (5, 14, 4, 1, 30.00),
    (6, 15, 5, 4,  6.00);

INSERT INTO refunds (id, order_item_id, amount, refunded_at) VALUES
    (1, 2, 80.00, '2024-06-03 10:00:00'),
    (2, 4, 40.00, '2024-06-05 12:00:00');
