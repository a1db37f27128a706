-- Baskets are compared per product after summing split lines. Equality of two sets is checked in
-- both directions: nothing in A's basket missing from B's, and nothing in B's missing from A's.
WITH basket AS (
    SELECT order_id, product_id, SUM(quantity) AS qty
    FROM order_items
    GROUP BY order_id, product_id
),
candidates AS (
    SELECT a.id AS a_id, b.id AS b_id
    FROM orders AS a
    JOIN orders AS b
      ON b.customer_id = a.customer_id
     AND (a.ordered_at < b.ordered_at OR (a.ordered_at = b.ordered_at AND a.id < b.id))
    -- PostgreSQL: subtracting timestamps gives an interval; EXTRACT(EPOCH ...) turns it into seconds.
    WHERE EXTRACT(EPOCH FROM (b.ordered_at - a.ordered_at)) <= 600
)
SELECT c.a_id AS original_order_id, c.b_id AS duplicate_order_id
FROM candidates AS c
WHERE NOT EXISTS (
          SELECT 1 FROM basket AS x
          WHERE x.order_id = c.a_id
            AND NOT EXISTS (SELECT 1 FROM basket AS y
                            WHERE y.order_id = c.b_id AND y.product_id = x.product_id AND y.qty = x.qty)
      )
  AND NOT EXISTS (
          SELECT 1 FROM basket AS y
          WHERE y.order_id = c.b_id
            AND NOT EXISTS (SELECT 1 FROM basket AS x
                            WHERE x.order_id = c.a_id AND x.product_id = y.product_id AND x.qty = y.qty)
      );
