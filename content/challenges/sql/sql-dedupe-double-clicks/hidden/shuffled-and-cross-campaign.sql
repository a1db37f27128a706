-- Rows arrive out of time order (LAG over click_id compares the wrong pairs), and user 701 clicks two
-- campaigns within 2 seconds: partitioning by user only marks the second campaign's click as a duplicate.
-- The 59 -> 00 second rollover across a minute and midnight is 1 second.
INSERT INTO clicks (click_id, campaign_id, user_id, clicked_at) VALUES
    (1, 40, 701, '2024-06-02 00:00:05'),
    (2, 41, 701, '2024-06-01 23:59:58'),
    (3, 40, 701, '2024-06-01 23:59:59'),
    (4, 40, 702, '2024-06-02 00:00:00'),
    (5, 40, 701, '2024-06-01 23:59:30'),
    (6, 41, 702, '2024-06-02 00:00:20');
