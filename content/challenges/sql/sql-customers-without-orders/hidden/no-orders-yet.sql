INSERT INTO customers (id, name) VALUES
    (5, 'Eun-ji'),
    (6, 'Femi');
