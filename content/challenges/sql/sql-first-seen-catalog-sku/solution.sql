-- Number each SKU's rows by load time, then feed_row_id, and keep the first.
WITH ordered AS (
    SELECT
        sku,
        product_name,
        price,
        loaded_at,
        ROW_NUMBER() OVER (
            PARTITION BY sku
            ORDER BY loaded_at, feed_row_id
        ) AS rn
    FROM catalog_feed
    WHERE sku IS NOT NULL
)
SELECT sku, product_name, price, loaded_at AS first_seen_at
FROM ordered
WHERE rn = 1;
