-- Filter first, then sort with an explicit tie-break so LIMIT keeps the right rows.
SELECT id, customer_id, amount, created_at
FROM payments
WHERE status = 'succeeded'
ORDER BY amount DESC, created_at
LIMIT 5;
