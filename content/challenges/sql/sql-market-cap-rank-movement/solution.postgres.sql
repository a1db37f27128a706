-- PostgreSQL: a DATE minus an integer is the date that many days earlier.
WITH ranked AS (
    SELECT
        snapshot_date,
        symbol,
        RANK() OVER (PARTITION BY snapshot_date ORDER BY market_cap_usd DESC) AS cap_rank
    FROM market_caps
)
SELECT
    today.snapshot_date,
    today.symbol,
    today.cap_rank,
    yesterday.cap_rank - today.cap_rank AS rank_change
FROM ranked AS today
LEFT JOIN ranked AS yesterday
    ON yesterday.symbol = today.symbol
   AND yesterday.snapshot_date = today.snapshot_date - 1;
