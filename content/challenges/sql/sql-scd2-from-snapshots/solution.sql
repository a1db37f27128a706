-- 1. Flag the first snapshot of each version: the customer's first row, or a tier that differs
--    from the previous snapshot's. IS DISTINCT FROM treats NULL as a value (NULL vs NULL: same).
-- 2. A running sum of the flags numbers the versions within a customer.
-- 3. Each version starts at its first snapshot; LEAD gives the next version's start as valid_to.
WITH flagged AS (
    SELECT
        customer_id,
        snapshot_date,
        tier,
        CASE
            WHEN ROW_NUMBER() OVER w = 1 THEN 1
            WHEN tier IS DISTINCT FROM LAG(tier) OVER w THEN 1
            ELSE 0
        END AS starts_version
    FROM customer_snapshots
    WINDOW w AS (PARTITION BY customer_id ORDER BY snapshot_date)
),
numbered AS (
    SELECT
        customer_id,
        snapshot_date,
        tier,
        SUM(starts_version) OVER (
            PARTITION BY customer_id
            ORDER BY snapshot_date
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS version_no
    FROM flagged
),
versions AS (
    SELECT customer_id, version_no, MIN(tier) AS tier, MIN(snapshot_date) AS valid_from
    FROM numbered
    GROUP BY customer_id, version_no
)
SELECT
    customer_id,
    tier,
    valid_from,
    LEAD(valid_from) OVER (PARTITION BY customer_id ORDER BY valid_from) AS valid_to
FROM versions
ORDER BY customer_id, valid_from;
