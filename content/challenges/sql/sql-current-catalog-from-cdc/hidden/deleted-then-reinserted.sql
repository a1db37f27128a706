-- A product deleted and later inserted again, and one inserted, updated then deleted.
-- Breaks dropping every product that has any 'D' event, and keeping products whose last event is 'D'.
INSERT INTO product_changes (lsn, product_id, op, product_name, price, changed_at) VALUES
    (3001, 20, 'I', 'Moka Pot',        30.00, '2024-07-01 08:00:00'),
    (3002, 20, 'D', 'Moka Pot',        30.00, '2024-07-02 08:00:00'),
    (3003, 21, 'I', 'Tamper 58mm',     25.00, '2024-07-02 09:00:00'),
    (3004, 20, 'I', 'Moka Pot 6-cup',  34.00, '2024-07-03 08:00:00'),
    (3005, 21, 'U', 'Tamper 58mm',     22.00, '2024-07-03 09:00:00'),
    (3006, 21, 'D', 'Tamper 58mm',     22.00, '2024-07-04 09:00:00');
