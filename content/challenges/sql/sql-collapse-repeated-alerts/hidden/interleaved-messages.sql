-- Two different messages from one service interleaved in time, the same message from two services,
-- and two alerts in the same second. Breaks grouping by service only (or message only) and
-- COUNT(DISTINCT raised_at) as the occurrence count.
INSERT INTO alerts (alert_id, service, message, raised_at) VALUES
    (1, 'auth', 'token signing key missing', '2024-11-08 09:00:00'),
    (2, 'auth', 'LDAP bind failed',          '2024-11-08 09:03:00'),
    (3, 'auth', 'token signing key missing', '2024-11-08 09:06:00'),
    (4, 'auth', 'LDAP bind failed',          '2024-11-08 09:07:00'),
    (5, 'api',  'LDAP bind failed',          '2024-11-08 09:07:00'),
    (6, 'api',  'LDAP bind failed',          '2024-11-08 09:07:00'),
    (7, 'auth', 'token signing key missing', '2024-11-08 09:10:00');
