-- On-hand exactly at the reorder point is 'low'. Breaks `on_hand < reorder_point`.
INSERT INTO products (sku, name, on_hand, reorder_point) VALUES
    ('SD-064', 'SD card 64 GB',      25, 25),
    ('SD-128', 'SD card 128 GB',     26, 25),
    ('SD-256', 'SD card 256 GB',      1,  1),
    ('SD-512', 'SD card 512 GB',      2,  1);
