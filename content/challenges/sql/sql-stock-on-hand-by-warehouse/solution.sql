-- Turn each movement into a signed delta once, then pivot the deltas by warehouse.
WITH deltas AS (
    SELECT
        sku,
        warehouse,
        CASE movement_type
            WHEN 'receipt'  THEN quantity
            WHEN 'shipment' THEN -quantity
            ELSE quantity                      -- adjustment: already signed
        END AS delta
    FROM stock_movements
)
SELECT
    sku,
    SUM(CASE WHEN warehouse = 'DUB' THEN delta ELSE 0 END) AS dub,
    SUM(CASE WHEN warehouse = 'FRA' THEN delta ELSE 0 END) AS fra,
    SUM(CASE WHEN warehouse = 'MAD' THEN delta ELSE 0 END) AS mad,
    SUM(delta) AS total
FROM deltas
GROUP BY sku
ORDER BY sku;
