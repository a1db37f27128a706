-- User 31: add_to_cart 08:00 < purchase 08:05 < view 09:00 < add_to_cart 09:10. There is a view before
-- an add_to_cart and an add_to_cart before a purchase, but not chained: checking the two pairs with
-- separate EXISTS puts the user in step 3; they only complete step 2.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 31, 'add_to_cart', '2024-12-05 08:00:00'),
    (2, 31, 'purchase',    '2024-12-05 08:05:00'),
    (3, 31, 'view',        '2024-12-05 09:00:00'),
    (4, 31, 'add_to_cart', '2024-12-05 09:10:00'),
    (5, 32, 'view',        '2024-12-05 09:00:00'),
    (6, 32, 'add_to_cart', '2024-12-05 09:01:00'),
    (7, 32, 'purchase',    '2024-12-05 09:02:00'),
    (8, 33, 'view',        '2024-12-05 11:00:00');
