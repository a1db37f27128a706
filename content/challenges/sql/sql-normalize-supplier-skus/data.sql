INSERT INTO supplier_feed (line_id, raw_sku, quantity) VALUES
    (1, 'EL-1042',   120),
    (2, 'el-2001',    40),
    (3, 'Hw-0007',   500),
    (4, 'KT-88',      12),
    (5, 'hw-0311',    75),
    (6, 'GD-4410',     8);
