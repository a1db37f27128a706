INSERT INTO parts (part_id, part_name) VALUES
    (1, 'Road Bike'),
    (2, 'Commuter Bike'),
    (3, 'Wheel'),
    (4, 'Frame'),
    (5, 'Spoke'),
    (6, 'Rim'),
    (7, 'Tire'),
    (8, 'Brake Cable (m)'),
    (9, 'M5 Bolt');

INSERT INTO bom (parent_part_id, child_part_id, quantity) VALUES
    (1, 3, 2),
    (1, 4, 1),
    (1, 8, 1.5),
    (2, 3, 2),
    (2, 4, 1),
    (2, 8, 2.5),
    (2, 9, 4),
    (3, 5, 32),
    (3, 6, 1),
    (3, 7, 1),
    (3, 9, 2),
    (4, 9, 6);
