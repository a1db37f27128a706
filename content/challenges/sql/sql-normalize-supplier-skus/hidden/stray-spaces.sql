-- Leading and trailing spaces. Breaks a query that upper-cases without trimming, and one
-- that finds the hyphen in raw_sku (the position is shifted by the leading spaces).
INSERT INTO supplier_feed (line_id, raw_sku, quantity) VALUES
    (11, '  el-1042',    10),
    (12, 'hw-0007   ',   20),
    (13, '   Kt-88  ',   30),
    (14, 'GD-4410',      40);
