-- Month distance must be calendar months: 31 Jan -> 1 Feb is month 1 (days/30 says 0) and
-- 1 Mar -> 31 Mar is month 0 (days/30 says 1). December -> January across a year is month 1, not -11.
INSERT INTO signups (user_id, signup_time) VALUES
    (11, '2024-01-31 23:00:00'),
    (12, '2024-03-01 00:10:00'),
    (13, '2024-12-15 12:00:00');

INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 11, 'app_open', '2024-02-01 01:00:00'),
    (2, 12, 'app_open', '2024-03-31 22:00:00'),
    (3, 13, 'app_open', '2025-01-02 08:00:00'),
    (4, 13, 'app_open', '2025-03-10 08:00:00');
