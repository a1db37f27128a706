-- Breaks integer division: 100 * 1 / 3 is 33 in SQLite and PostgreSQL, the answer is 33.33 (and 66.67).
INSERT INTO customers (id, email, phone, country, signed_up_at) VALUES
    (10, 'hana@example.com', NULL,              'JP', '2024-05-01'),
    (11, NULL,               NULL,              'KR', '2024-05-02'),
    (12, 'ivan@example.com', '+7 912 000 1122', 'KZ', '2024-05-03');
