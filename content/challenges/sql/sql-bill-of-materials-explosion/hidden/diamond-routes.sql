-- The same raw component reached by three routes (directly, via Hub, and via Wheel -> Hub).
-- Breaks answers without SUM ... GROUP BY (several rows for one component) or with DISTINCT
-- quantities (routes with equal quantities collapse into one).
INSERT INTO parts (part_id, part_name) VALUES
    (1, 'Kids Bike'),
    (2, 'Wheel'),
    (3, 'Hub'),
    (4, 'Bearing'),
    (5, 'Training Wheel');

INSERT INTO bom (parent_part_id, child_part_id, quantity) VALUES
    (1, 2, 2),
    (1, 3, 1),
    (1, 4, 2),
    (1, 5, 2),
    (2, 3, 1),
    (3, 4, 2),
    (5, 4, 1);
