-- Breaks: <= instead of <. Product 31 sits exactly at its reorder point (25 + 15 = 40) and is fine;
-- product 32 is one unit short.
INSERT INTO products (id, name, reorder_point) VALUES
    (31, 'Tissue paper', 40),
    (32, 'Gift box',     40);

INSERT INTO warehouses (id, code, active) VALUES
    (4, 'NCL4', 1),
    (5, 'LDS5', 1);

INSERT INTO inventory (warehouse_id, product_id, on_hand) VALUES
    (4, 31, 25),
    (5, 31, 15),
    (4, 32, 39);
