-- Fractional quantities that multiply to non-integers, and a standalone part with no bom rows.
-- Breaks integer casts of quantities and answers that list parts outside bom as products.
INSERT INTO parts (part_id, part_name) VALUES
    (1, 'Tandem'),
    (2, 'Brake Set'),
    (3, 'Cable (m)'),
    (4, 'Grease (kg)'),
    (5, 'Gift Card');

INSERT INTO bom (parent_part_id, child_part_id, quantity) VALUES
    (1, 2, 3),
    (2, 3, 1.25),
    (2, 4, 0.125),
    (1, 4, 0.5);
