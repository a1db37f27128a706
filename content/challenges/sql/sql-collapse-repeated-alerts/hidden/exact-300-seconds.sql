-- Gaps of exactly 300 s (same burst) and 301 s (new burst), across midnight, inserted out of order.
-- Breaks >= 300 instead of > 300 as the split rule, and time-of-day arithmetic that ignores the date.
INSERT INTO alerts (alert_id, service, message, raised_at) VALUES
    (3, 'billing', 'ledger write conflict', '2024-11-07 00:04:00'),
    (1, 'billing', 'ledger write conflict', '2024-11-06 23:57:59'),
    (2, 'billing', 'ledger write conflict', '2024-11-06 23:59:00'),
    (4, 'billing', 'ledger write conflict', '2024-11-07 00:09:01');
