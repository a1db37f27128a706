-- Orders taken before the customer's first version, and a customer missing from the dimension.
-- Breaks an inner join (those orders disappear) and a LEFT JOIN whose date test sits in WHERE.
INSERT INTO dim_customer (customer_key, customer_id, segment, valid_from, valid_to) VALUES
    (31, 700, 'smb', '2024-03-01', NULL);

INSERT INTO orders (order_id, customer_id, order_date, amount) VALUES
    (31, 700, '2024-02-28',  35.00),
    (32, 700, '2024-03-01',  35.00),
    (33, 800, '2024-03-05', 210.00);
