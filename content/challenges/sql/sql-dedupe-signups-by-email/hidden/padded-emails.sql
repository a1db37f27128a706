-- Emails with leading/trailing spaces. Breaks normalization without TRIM
-- (and trimming after cutting the +tag, which leaves the leading space in place).
INSERT INTO signups (signup_id, email, full_name, source, signed_up_at) VALUES
    (1, '  kwame.mensah@example.org',     'Kwame Mensah', 'web',     '2024-03-01 09:00:00'),
    (2, 'kwame.mensah@example.org   ',    'Kwame Mensah', 'ios',     '2024-03-02 09:00:00'),
    (3, ' Kwame.Mensah+shop@Example.org', 'Kwame M.',     'landing', '2024-02-27 18:00:00'),
    (4, 'sofia.rossi@example.it',         'Sofia Rossi',  'web',     '2024-03-03 10:00:00');
