-- Zero on hand with a zero reorder point matches both rule 2 and rule 3; rule 2 comes first.
-- Breaks a CASE that tests 'low' before 'out_of_stock'.
INSERT INTO products (sku, name, on_hand, reorder_point) VALUES
    ('PW-065', '65 W charger',    0, 0),
    ('PW-100', '100 W charger',   0, 3),
    ('PW-140', '140 W charger',   5, 0);
