-- Impression ids do not follow time: MAX(impression_id) picks 41 (shown at 08:00) instead of 40
-- (shown at 09:30). User 12 has an impression 2 minutes AFTER the click: choosing the nearest
-- impression in absolute time picks it; the right answer is the older one before the click.
INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (40, 300, 11, '2024-10-01 09:30:00'),
    (41, 300, 11, '2024-10-01 08:00:00'),
    (42, 300, 12, '2024-10-01 09:00:00'),
    (43, 300, 12, '2024-10-01 10:02:00');

INSERT INTO clicks (click_id, campaign_id, user_id, clicked_at) VALUES
    (60, 300, 11, '2024-10-01 09:45:00'),
    (61, 300, 12, '2024-10-01 10:00:00');
