-- One campaign has impressions but no clicks, one has never served an ad:
-- an INNER JOIN to clicks or impressions drops them; a COALESCE(..., 0) on ctr_pct hides the NULL.
INSERT INTO campaigns (campaign_id, name) VALUES
    (1, 'summer_promo'),
    (2, 'newsletter_push'),
    (3, 'holiday_teaser');

INSERT INTO impressions (impression_id, campaign_id, user_id, shown_at) VALUES
    (301, 1, 21, '2024-06-01 08:00:00'),
    (302, 1, 22, '2024-06-01 08:10:00'),
    (303, 2, 23, '2024-06-01 09:00:00'),
    (304, 2, 24, '2024-06-01 09:30:00');

INSERT INTO clicks (click_id, campaign_id, user_id, clicked_at) VALUES
    (401, 1, 21, '2024-06-01 08:00:30');
