-- RANK (not ROW_NUMBER or DENSE_RANK) matches "1 + coins with a higher volume".
-- A window result cannot be filtered in the same SELECT's WHERE, hence the CTE.
WITH ranked AS (
    SELECT
        trade_date,
        symbol,
        volume_usd,
        RANK() OVER (PARTITION BY trade_date ORDER BY volume_usd DESC) AS volume_rank
    FROM coin_volumes
)
SELECT trade_date, symbol, volume_usd, volume_rank
FROM ranked
WHERE volume_rank <= 3;
