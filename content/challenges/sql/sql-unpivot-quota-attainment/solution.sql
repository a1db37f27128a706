-- Unpivot with UNION ALL (one SELECT per quarter column), drop unset quotas, then join the
-- pre-aggregated bookings. 100.0 forces decimal division.
WITH quotas AS (
    SELECT region, 'Q1' AS quarter, q1 AS quota FROM sales_quotas WHERE q1 IS NOT NULL
    UNION ALL
    SELECT region, 'Q2', q2 FROM sales_quotas WHERE q2 IS NOT NULL
    UNION ALL
    SELECT region, 'Q3', q3 FROM sales_quotas WHERE q3 IS NOT NULL
    UNION ALL
    SELECT region, 'Q4', q4 FROM sales_quotas WHERE q4 IS NOT NULL
),
booked AS (
    SELECT region, quarter, SUM(amount) AS booked
    FROM bookings
    GROUP BY region, quarter
)
SELECT
    q.region,
    q.quarter,
    q.quota,
    COALESCE(b.booked, 0) AS booked,
    ROUND(100.0 * COALESCE(b.booked, 0) / q.quota, 1) AS attainment_pct
FROM quotas AS q
LEFT JOIN booked AS b
       ON b.region = q.region
      AND b.quarter = q.quarter
ORDER BY q.region, q.quarter;
