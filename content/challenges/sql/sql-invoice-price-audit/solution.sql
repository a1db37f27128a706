-- Two point-in-time LEFT JOINs (the validity tests sit in ON so unmatched lines survive), then
-- COALESCE gives the contract precedence over the list price. The NULL expected price must be
-- kept explicitly, because billed <> NULL is unknown, not true.
WITH priced AS (
    SELECT
        l.invoice_id,
        l.line_no,
        l.quantity,
        l.billed_unit_price,
        COALESCE(c.unit_price, p.unit_price) AS expected_unit_price,
        CASE
            WHEN c.unit_price IS NOT NULL THEN 'contract'
            WHEN p.unit_price IS NOT NULL THEN 'list'
        END AS price_source
    FROM invoice_lines AS l
    LEFT JOIN contract_prices AS c
           ON c.customer_id = l.customer_id
          AND c.sku = l.sku
          AND c.valid_from <= l.invoiced_on
          AND (c.valid_to IS NULL OR l.invoiced_on < c.valid_to)
    LEFT JOIN list_prices AS p
           ON p.sku = l.sku
          AND p.valid_from <= l.invoiced_on
          AND (p.valid_to IS NULL OR l.invoiced_on < p.valid_to)
)
SELECT
    invoice_id,
    line_no,
    billed_unit_price,
    expected_unit_price,
    price_source,
    ROUND(quantity * (billed_unit_price - expected_unit_price), 2) AS billing_error
FROM priced
WHERE expected_unit_price IS NULL
   OR billed_unit_price <> expected_unit_price;
