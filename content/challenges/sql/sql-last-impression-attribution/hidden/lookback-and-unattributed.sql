-- Lookback edges: impression 70 is exactly 24 hours before click 80 (eligible); impression 71 is
-- 24 hours and 1 second before click 81 (not eligible, so NULL). Click 82's user only saw another
-- campaign (NULL). An INNER JOIN drops the NULL clicks; no lookback credits impression 71.
INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (70, 400, 21, '2024-10-05 12:00:00'),
    (71, 400, 22, '2024-10-05 12:00:00'),
    (72, 401, 23, '2024-10-06 11:00:00');

INSERT INTO clicks (click_id, campaign_id, user_id, clicked_at) VALUES
    (80, 400, 21, '2024-10-06 12:00:00'),
    (81, 400, 22, '2024-10-06 12:00:01'),
    (82, 400, 23, '2024-10-06 11:30:00');
