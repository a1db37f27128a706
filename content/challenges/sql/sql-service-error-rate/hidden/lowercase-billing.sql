-- Only lower-case error levels. Breaks a case-sensitive level = 'ERROR' comparison.
INSERT INTO app_logs (log_id, logged_at, service, level, message) VALUES
    (1, '2024-03-06 11:00:00', 'billing', 'error', 'card declined by issuer'),
    (2, '2024-03-06 11:00:01', 'billing', 'error', 'card declined by issuer'),
    (3, '2024-03-06 11:00:02', 'billing', 'info',  'invoice 90 issued'),
    (4, '2024-03-06 11:00:03', 'billing', 'Error', 'ledger write conflict');
