-- One check: one period of one check that is still going on (ended_at NULL).
INSERT INTO status_checks (host, checked_at, status) VALUES
    ('queue-1', '2024-06-30 23:59:00', 'degraded');
