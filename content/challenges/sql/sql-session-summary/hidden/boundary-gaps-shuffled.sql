-- Shuffled rows with gaps of exactly 30:00 (same session) and 30:01 (new session), one session crossing
-- midnight, and two events at the same second: ">=" instead of ">", ordering by event_id, or unrounded
-- julianday arithmetic each break a session or its duration.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 61, 'screen_view', '2024-09-02 00:15:00'),
    (2, 61, 'app_open',    '2024-09-01 23:45:00'),
    (3, 61, 'screen_view', '2024-09-02 00:45:01'),
    (4, 62, 'app_open',    '2024-09-02 06:00:00'),
    (5, 62, 'screen_view', '2024-09-02 06:00:00'),
    (6, 62, 'screen_view', '2024-09-02 06:30:00'),
    (7, 61, 'purchase',    '2024-09-02 00:50:00');
