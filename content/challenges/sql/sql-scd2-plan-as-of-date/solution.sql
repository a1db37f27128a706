-- Start from the list of accounts so every account gets a row, then LEFT JOIN the one version
-- whose half-open interval contains the as-of date.
WITH accounts AS (
    SELECT DISTINCT account_id
    FROM account_plan_history
)
SELECT
    a.account_id,
    h.plan
FROM accounts AS a
LEFT JOIN account_plan_history AS h
       ON h.account_id = a.account_id
      AND h.valid_from <= '2024-07-01'
      AND (h.valid_to IS NULL OR h.valid_to > '2024-07-01');
