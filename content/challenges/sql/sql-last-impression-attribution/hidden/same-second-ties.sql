-- Impression 91 is shown in the same second as click 95 (eligible: "at or before"); strict "<" misses it.
-- Impressions 92 and 93 share the latest shown_at: the larger id, 93, wins, and both of user 32's
-- clicks are credited to it (ROW_NUMBER without the id tie-break can pick 92; "one click per impression" fails).
INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (90, 500, 31, '2024-11-01 08:00:00'),
    (91, 500, 31, '2024-11-01 09:00:00'),
    (93, 500, 32, '2024-11-01 10:00:00'),
    (92, 500, 32, '2024-11-01 10:00:00');

INSERT INTO clicks (click_id, campaign_id, user_id, clicked_at) VALUES
    (95, 500, 31, '2024-11-01 09:00:00'),
    (96, 500, 32, '2024-11-01 10:00:30'),
    (97, 500, 32, '2024-11-01 10:01:00');
