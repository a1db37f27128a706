-- Breaks: LEFT JOIN inventory then WHERE w.active = 1 (turns into an inner join and drops product 11,
-- whose only stock is in the closed warehouse), and counting closed stock (product 12 would look fine).
INSERT INTO products (id, name, reorder_point) VALUES
    (11, 'Pallet wrap',   15),
    (12, 'Void fill bag', 30),
    (13, 'Mailer bag',    25);

INSERT INTO warehouses (id, code, active) VALUES
    (7, 'GLA7', 1),
    (8, 'EDI8', 0);

INSERT INTO inventory (warehouse_id, product_id, on_hand) VALUES
    (8, 11, 200),
    (7, 12,  10),
    (8, 12,  90),
    (7, 13,  40);
