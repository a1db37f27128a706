-- Joining impressions and clicks to campaigns in one query before counting multiplies the rows:
-- 4 impressions x 2 clicks become 8 and 8, so COUNT(*) or COUNT(column) without DISTINCT is wrong.
INSERT INTO campaigns (campaign_id, name) VALUES
    (7, 'app_install'),
    (8, 'video_preroll');

INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (501, 7, 31, '2024-07-02 14:00:00'),
    (502, 7, 32, '2024-07-02 14:01:00'),
    (503, 7, 33, '2024-07-02 14:02:00'),
    (504, 7, 31, '2024-07-02 15:00:00'),
    (505, 8, 34, '2024-07-02 16:00:00'),
    (506, 8, 35, '2024-07-02 16:05:00');

INSERT INTO clicks (click_id, campaign_id, user_id, clicked_at) VALUES
    (601, 7, 31, '2024-07-02 14:00:15'),
    (602, 7, 33, '2024-07-02 14:02:40'),
    (603, 8, 34, '2024-07-02 16:00:09'),
    (604, 8, 35, '2024-07-02 16:05:30');
