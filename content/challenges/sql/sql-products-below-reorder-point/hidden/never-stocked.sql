-- Breaks: INNER JOIN to inventory, and HAVING SUM(on_hand) < reorder_point without COALESCE
-- (NULL < 5 is not true). Products 21 and 22 have no inventory rows at all.
INSERT INTO products (id, name, reorder_point) VALUES
    (21, 'Fragile stickers',  5),
    (22, 'Thermal labels',   60),
    (23, 'Corner protectors', 8);

INSERT INTO warehouses (id, code, active) VALUES
    (1, 'BRS1', 1);

INSERT INTO inventory (warehouse_id, product_id, on_hand) VALUES
    (1, 23, 9);
