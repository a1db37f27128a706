-- Anti-join for "never sold", semi-join for "its category sold". NOT EXISTS, not NOT IN:
-- order_items.product_id holds NULLs, and x NOT IN (..., NULL) is never true.
SELECT p.id, p.name, p.category
FROM products AS p
WHERE NOT EXISTS (
          SELECT 1 FROM order_items AS i WHERE i.product_id = p.id
      )
  AND EXISTS (
          SELECT 1
          FROM products AS sibling
          JOIN order_items AS i ON i.product_id = sibling.id
          WHERE sibling.category = p.category   -- false when p.category is NULL
      );
