-- Walk down from the top-level categories, appending each child's name to its parent's path.
WITH RECURSIVE tree (category_id, path, depth) AS (
    SELECT category_id, name, 1
    FROM categories
    WHERE parent_id IS NULL
    UNION ALL
    SELECT c.category_id, t.path || ' > ' || c.name, t.depth + 1
    FROM categories AS c
    JOIN tree AS t ON c.parent_id = t.category_id
)
SELECT category_id, path, depth
FROM tree;
