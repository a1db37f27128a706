INSERT INTO signups (signup_id, email, full_name, source, signed_up_at) VALUES
    (1, 'Ana.Silva@Example.com',            'Ana Silva',   'web',     '2024-02-01 10:15:00'),
    (2, 'tomas.novak@mail.cz',              'Tomas Novak', 'ios',     '2024-02-01 11:00:00'),
    (3, 'ana.silva+newsletter@example.com', 'Ana S.',      'landing', '2024-01-28 09:00:00'),
    (4, 'TOMAS.NOVAK@MAIL.CZ',              'Tomas Novak', 'android', '2024-02-03 08:30:00'),
    (5, 'anasilva@example.com',             'Ana Silva',   'web',     '2024-02-04 12:00:00'),
    (6, 'li.wei@corp.example',              'Li Wei',      'web',     '2024-02-05 16:45:00');
