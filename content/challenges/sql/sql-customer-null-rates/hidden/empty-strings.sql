-- Breaks: treating '' as missing (COALESCE(email, '') = '' or NULLIF(email, '') IS NULL).
-- Also has a column that is NULL everywhere (100.00).
INSERT INTO customers (id, email, phone, country, signed_up_at) VALUES
    (20, '',                 NULL, 'FR', '2024-06-01'),
    (21, 'jo@example.com',   NULL, '',   '2024-06-02'),
    (22, '',                 NULL, 'BE', '2024-06-03'),
    (23, NULL,               NULL, 'NL', '2024-06-04');
