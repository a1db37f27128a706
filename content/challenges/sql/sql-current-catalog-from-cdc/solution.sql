-- Keep each product's latest event by lsn, then drop the products whose latest event is a delete.
-- Filtering deletes before ranking would be wrong: the row before the delete would come back.
WITH latest AS (
    SELECT
        product_id,
        op,
        product_name,
        price,
        lsn,
        ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY lsn DESC) AS rn
    FROM product_changes
)
SELECT product_id, product_name, price, lsn AS last_lsn
FROM latest
WHERE rn = 1
  AND op <> 'D';
