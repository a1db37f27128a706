-- NULLIF(TRIM(x), '') maps NULL, '' and '   ' all to NULL, so COALESCE can skip them.
-- Present emails have no surrounding spaces, so trimming them changes nothing.
SELECT
    account_id,
    company,
    COALESCE(
        NULLIF(TRIM(billing_email), ''),
        NULLIF(TRIM(owner_email), ''),
        'MISSING'
    ) AS invoice_email
FROM accounts;
