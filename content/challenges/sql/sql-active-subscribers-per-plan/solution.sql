-- The status test lives in the ON clause, so plans with no active subscription keep their
-- NULL-extended row, and COUNT(s.id) counts that row as 0.
SELECT
    p.id   AS plan_id,
    p.name AS plan_name,
    COUNT(s.id) AS active_subscribers
FROM plans AS p
LEFT JOIN subscriptions AS s
       ON s.plan_id = p.id
      AND s.status = 'active'
GROUP BY p.id, p.name;
