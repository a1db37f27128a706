-- Codes with more than one hyphen: the category stops at the first. Breaks taking everything
-- before the last hyphen, or a fixed-width substr(sku, 1, 2).
INSERT INTO supplier_feed (line_id, raw_sku, quantity) VALUES
    (31, 'el-usb-3',        60),
    (32, ' CABLE-HDMI-2M ', 15),
    (33, 'kbd-uk-iso-105',   4);
