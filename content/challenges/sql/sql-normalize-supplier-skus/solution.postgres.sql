-- PostgreSQL has no instr(); strpos() finds the hyphen and split_part() cuts at it.
WITH cleaned AS (
    SELECT line_id, UPPER(TRIM(raw_sku)) AS sku
    FROM supplier_feed
)
SELECT
    line_id,
    sku,
    CASE WHEN STRPOS(sku, '-') > 0 THEN SPLIT_PART(sku, '-', 1) END AS category
FROM cleaned;
