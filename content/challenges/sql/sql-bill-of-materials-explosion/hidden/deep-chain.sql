-- Five levels, inserted bottom-up. Breaks a fixed two-level join and adding quantities along the
-- path instead of multiplying them (2 * 3 * 4 * 5 = 120 screws, not 14).
INSERT INTO parts (part_id, part_name) VALUES
    (5, 'Screw'),
    (4, 'Bracket'),
    (3, 'Mount'),
    (2, 'Rack'),
    (1, 'Cargo Bike');

INSERT INTO bom (parent_part_id, child_part_id, quantity) VALUES
    (4, 5, 5),
    (3, 4, 4),
    (2, 3, 3),
    (1, 2, 2);
