CREATE TABLE departments (
    department TEXT PRIMARY KEY
);

CREATE TABLE employees (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    department TEXT NOT NULL REFERENCES departments (department),
    hired_on   DATE NOT NULL,
    left_on    DATE
);
