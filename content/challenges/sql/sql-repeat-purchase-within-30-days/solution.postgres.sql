-- PostgreSQL: subtracting two DATEs gives a number of days.
SELECT DISTINCT o1.customer_id, i1.product_id
FROM order_items AS i1
JOIN orders      AS o1 ON o1.id = i1.order_id
JOIN orders      AS o2 ON o2.customer_id = o1.customer_id AND o2.id <> o1.id
JOIN order_items AS i2 ON i2.order_id = o2.id AND i2.product_id = i1.product_id
WHERE o2.ordered_on - o1.ordered_on BETWEEN 0 AND 30;
