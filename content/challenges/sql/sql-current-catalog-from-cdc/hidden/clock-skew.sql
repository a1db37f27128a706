-- changed_at goes backwards: the latest event by lsn has the oldest changed_at.
-- Breaks ordering events by changed_at instead of lsn.
INSERT INTO product_changes (lsn, product_id, op, product_name, price, changed_at) VALUES
    (2001, 10, 'I', 'Cold Brew Bottle', 18.00, '2024-06-01 12:00:00'),
    (2002, 10, 'U', 'Cold Brew Bottle', 16.00, '2024-06-01 12:05:00'),
    (2003, 10, 'U', 'Cold Brew Bottle', 15.00, '2024-06-01 11:58:00'),
    (2004, 11, 'I', 'Milk Jug',         12.00, '2024-06-01 12:10:00'),
    (2005, 11, 'D', 'Milk Jug',         12.00, '2024-06-01 12:09:00');
