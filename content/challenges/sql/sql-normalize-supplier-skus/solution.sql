-- Clean once in a CTE, then cut at the first hyphen. NULLIF turns the empty prefix that
-- substr gives for "no hyphen" (instr = 0) into NULL.
WITH cleaned AS (
    SELECT line_id, UPPER(TRIM(raw_sku)) AS sku
    FROM supplier_feed
)
SELECT
    line_id,
    sku,
    NULLIF(SUBSTR(sku, 1, INSTR(sku, '-') - 1), '') AS category
FROM cleaned;
