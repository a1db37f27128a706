-- A new shop with a catalogue and no sales: every category reports 0. Breaks INNER JOIN answers (no rows).
INSERT INTO products (id, name, category) VALUES
    (30, 'Yoga mat',      'fitness'),
    (31, 'Kettlebell',    'fitness'),
    (32, 'Water bottle',  'accessories');
