-- Codes without a hyphen have no category. Breaks substr(sku, 1, instr(sku, '-') - 1),
-- which returns an empty string instead of NULL, and split_part, which returns the whole code.
INSERT INTO supplier_feed (line_id, raw_sku, quantity) VALUES
    (21, 'giftcard50',   5),
    (22, ' PROMO2024 ',  1),
    (23, 'el-9',         3);
