-- Two forms submitted in the same second (keep the lower signup_id, 8 not 9) and NULL emails.
-- Breaks keeping MAX/arbitrary ids on a tie and answers that keep a NULL-email group.
INSERT INTO signups (signup_id, email, full_name, source, signed_up_at) VALUES
    (9,  'Lucia.Perez@Example.es', 'Lucia Perez', 'android', '2024-05-10 07:00:00'),
    (8,  'lucia.perez@example.es', 'Lucia Perez', 'web',     '2024-05-10 07:00:00'),
    (10, NULL,                     'Unknown',     'import',  '2024-05-01 00:00:00'),
    (11, NULL,                     'Unknown',     'import',  '2024-05-01 00:00:00'),
    (12, 'lucia.perez@example.es', 'Lucia Perez', 'ios',     '2024-05-12 07:00:00');
