INSERT INTO customers (id, email, phone, country, signed_up_at) VALUES
    (1, 'ana@example.com',   '+34 600 111 222', 'ES', '2024-01-03'),
    (2, 'ben@example.com',   NULL,              'GB', '2024-01-05'),
    (3, NULL,                NULL,              'US', '2024-01-09'),
    (4, 'chi@example.com',   '+1 415 555 0100', NULL, '2024-02-01'),
    (5, 'dara@example.com',  NULL,              'IE', '2024-02-14'),
    (6, 'eli@example.com',   '+49 151 2345678', 'DE', '2024-03-02'),
    (7, 'fatou@example.com', NULL,              'SN', '2024-03-20'),
    (8, 'gus@example.com',   '+61 412 345 678', 'AU', '2024-04-11');
