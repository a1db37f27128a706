-- Half-open range on a timestamp: >= first instant of March, < first instant of April.
SELECT id, customer_id, amount, created_at
FROM payments
WHERE status = 'failed'
  AND method = 'card'
  AND created_at >= '2024-03-01 00:00:00'
  AND created_at <  '2024-04-01 00:00:00'
ORDER BY created_at, id;
