-- Gaps of 14:59, exactly 15:00 and 15:01. ">= 15 minutes" reports the 15:00 gap; whole-minute
-- truncation (seconds / 60 as an integer) misses the 15:01 one; julianday() arithmetic
-- turns some exact 15:00 gaps into 15.0000004 minutes.
INSERT INTO heartbeats (device_id, seen_at) VALUES
    ('gw-east', '2024-04-10 10:00:00'),
    ('gw-east', '2024-04-10 10:15:00'),
    ('gw-east', '2024-04-10 10:29:59'),
    ('gw-east', '2024-04-10 10:45:00'),
    ('gw-east', '2024-04-10 10:50:00'),
    ('gw-east', '2024-04-10 11:05:01'),
    ('gw-west', '2024-04-10 23:44:00'),
    ('gw-west', '2024-04-10 23:59:00'),
    ('gw-west', '2024-04-11 00:14:00');
