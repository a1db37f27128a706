-- Two half-open intervals [f1, t1) and [f2, t2) share a day when f1 < t2 and f2 < t1, and each
-- is non-empty (f < t). A NULL valid_to means "for ever", so every test against it is written
-- as (valid_to IS NULL OR ...). The overlap runs from the later start to the earlier end.
SELECT
    a.customer_id,
    a.customer_key AS first_key,
    b.customer_key AS second_key,
    CASE WHEN a.valid_from >= b.valid_from THEN a.valid_from ELSE b.valid_from END AS overlap_from,
    CASE
        WHEN a.valid_to IS NULL THEN b.valid_to          -- NULL too when both are open-ended
        WHEN b.valid_to IS NULL THEN a.valid_to
        WHEN a.valid_to <= b.valid_to THEN a.valid_to
        ELSE b.valid_to
    END AS overlap_to
FROM dim_customer AS a
JOIN dim_customer AS b
  ON b.customer_id = a.customer_id
 AND a.customer_key < b.customer_key
WHERE (a.valid_to IS NULL OR a.valid_from < a.valid_to)
  AND (b.valid_to IS NULL OR b.valid_from < b.valid_to)
  AND (b.valid_to IS NULL OR a.valid_from < b.valid_to)
  AND (a.valid_to IS NULL OR b.valid_from < a.valid_to);
