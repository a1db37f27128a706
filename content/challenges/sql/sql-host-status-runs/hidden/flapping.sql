-- up, down, up, up, degraded, up: grouping by "ROW_NUMBER() - ROW_NUMBER() OVER (PARTITION BY status)"
-- without also grouping by status merges the down check with the following up checks
-- (both get the same difference). GROUP BY host, status merges the separate up periods.
INSERT INTO status_checks (host, checked_at, status) VALUES
    ('db-1', '2024-04-02 03:00:00', 'up'),
    ('db-1', '2024-04-02 03:05:00', 'down'),
    ('db-1', '2024-04-02 03:10:00', 'up'),
    ('db-1', '2024-04-02 03:15:00', 'up'),
    ('db-1', '2024-04-02 03:20:00', 'degraded'),
    ('db-1', '2024-04-02 03:25:00', 'up');
