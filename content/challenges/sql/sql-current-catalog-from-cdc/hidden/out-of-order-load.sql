-- Events inserted into the table out of lsn order, with a same-second pair of updates.
-- Breaks taking the last row inserted or MAX(price)/MAX(product_name) per product.
INSERT INTO product_changes (lsn, product_id, op, product_name, price, changed_at) VALUES
    (4003, 30, 'U', 'Drip Scale',     45.00, '2024-08-01 10:00:00'),
    (4001, 30, 'I', 'Scale',          49.00, '2024-08-01 09:00:00'),
    (4004, 30, 'U', 'Barista Scale',  47.00, '2024-08-01 10:00:00'),
    (4002, 31, 'I', 'Knock Box',      19.00, '2024-08-01 09:30:00'),
    (4000, 32, 'I', 'Cupping Spoon',   8.00, '2024-08-01 08:00:00');
