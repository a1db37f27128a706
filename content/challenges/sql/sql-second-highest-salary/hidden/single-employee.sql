INSERT INTO employees (id, name, department, salary) VALUES
    (1, 'Ana', 'Data', 120000);
