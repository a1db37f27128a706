-- Negative stock is out of stock (breaks `on_hand = 0`); never-counted products are 'unknown'
-- (breaks a CASE with no IS NULL branch: every comparison with NULL fails, so ELSE gives 'ok').
INSERT INTO products (sku, name, on_hand, reorder_point) VALUES
    ('LT-014', 'Laptop stand',        -3, 10),
    ('LT-015', 'Laptop sleeve 15"',  NULL, 10),
    ('LT-016', 'Laptop sleeve 16"',  NULL,  0),
    ('LT-017', 'Laptop lock',         40, 10);
